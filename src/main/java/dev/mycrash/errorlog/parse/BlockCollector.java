package dev.mycrash.errorlog.parse;

import dev.mycrash.errorlog.LogLine;
import dev.mycrash.errorlog.model.CrashReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the lines of one crash block: from the header to the first line that carries a normal
 * log prefix again (a new start, the next message, mysqld_safe) or the end of the input, cut at
 * {@link #MAX_LINES} lines / {@link #MAX_CHARS} chars so memory stays bounded.
 */
final class BlockCollector {
  static final int MAX_LINES = 5000;
  static final int MAX_CHARS = 1 << 20;

  private final LogLine header;
  private final List<LogLine> before;
  private final List<LogLine> body = new ArrayList<>();
  private long chars;
  private boolean truncated;

  BlockCollector(LogLine header, List<LogLine> before) {
    this.header = header;
    this.before = List.copyOf(before);
  }

  /** True when {@code line} is not part of the block (the caller then treats it as a normal line). */
  boolean endsAt(LogLine line) {
    String t = line.text();
    if (Markers.hasLogPrefix(t) || CrashHeader.looksLike(t)) {
      return true;
    }
    if (body.size() >= MAX_LINES || chars >= MAX_CHARS) {
      truncated = true;
      return true;
    }
    return false;
  }

  void add(LogLine line) {
    body.add(line);
    chars += line.text().length();
  }

  CrashReport finish(String lifetimeVersion, String lifetimeComment) {
    return CrashBlockParser.parse(header, before, body, lifetimeVersion, lifetimeComment, truncated);
  }

  /**
   * The lines just before the header that belong to the report {@code r}: from its assertion line,
   * or else from its {@code [FATAL]} line, to the header (empty when it has neither, or the
   * assertion stands for the header).
   */
  List<LogLine> lead(CrashReport r) {
    for (int i = 0; i < before.size(); i++) {
      LogLine l = before.get(i);
      boolean assertion = r.assertion() != null && l.number() == r.assertion().logLine();
      if (assertion || (r.assertion() == null && r.fatalMessage() != null && l.text().contains("[FATAL]"))) {
        return before.subList(i, before.size());
      }
    }
    return List.of();
  }

  /** The header and body lines as read (for --raw output). */
  List<LogLine> lines() {
    List<LogLine> all = new ArrayList<>(body.size() + 1);
    all.add(header);
    all.addAll(body);
    return all;
  }
}
