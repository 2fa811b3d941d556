package dev.mycrash.triage;

import dev.mycrash.errorlog.model.CrashReport;
import java.nio.charset.StandardCharsets;

/**
 * The text of one crash section of a log held in memory, for message matchers: from the
 * assertion line when there is one (glibc's {@code mariadbd: x.c:13: f: Assertion `e' failed.},
 * InnoDB's two lines) through the crash header to the block's last line, at most
 * {@value #MAX_LINES} lines, undecodable bytes as U+FFFD.
 */
final class CrashSection {
  static final int MAX_LINES = 400;

  private CrashSection() {}

  /** Lines {@code from}..{@code to} (1-based, inclusive) of {@code log}, capped. */
  static String of(byte[] log, CrashReport c) {
    long from = c.firstLine();
    if (c.assertion() != null && c.assertion().logLine() > 0) {
      from = Math.min(from, c.assertion().logLine());
    }
    long to = Math.min(Math.max(c.lastLine(), from), from + MAX_LINES - 1);
    int start = lineStart(log, 0, 1, from);
    int end = lineStart(log, start, from, to + 1);
    return start >= end ? "" : new String(log, start, end - start, StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  /** Offset of 1-based line {@code n}, counting on from line {@code line} at {@code pos}; the length when the log has fewer lines. */
  private static int lineStart(byte[] log, int pos, long line, long n) {
    for (; line < n; line++) {
      int nl = indexOf(log, pos);
      if (nl < 0) {
        return log.length;
      }
      pos = nl + 1;
    }
    return pos;
  }

  private static int indexOf(byte[] b, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
