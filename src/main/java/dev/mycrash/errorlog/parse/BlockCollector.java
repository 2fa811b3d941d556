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

  /** The header and body lines as read (for --raw output). */
  List<LogLine> lines() {
    List<LogLine> all = new ArrayList<>(body.size() + 1);
    all.add(header);
    all.addAll(body);
    return all;
  }
}
