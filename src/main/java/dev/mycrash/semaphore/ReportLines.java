package dev.mycrash.semaphore;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The log lines around sync-array cells: report headers, the MariaDB 10.6+ long-wait warning and
 * the timestamp prefix. Real samples:
 *
 * <pre>
 * 2021-04-15  3:17:06 0 [Warning] InnoDB: A long semaphore wait:                  (MariaDB 10.x, 5.7)
 * 2024-09-10T18:36:09.625111Z 0 [Warning] [MY-012985] [InnoDB] A long semaphore wait:  (8.x)
 * InnoDB: Warning: a long semaphore wait:                                         (5.0-5.6)
 * InnoDB: Warning: semaphore wait:                                                (MariaDB 10.0/10.1 dump of every waiting cell)
 * [Warning] InnoDB: Long wait (150 seconds) for dict_sys.latch                    (MariaDB 10.6+, reference §6.2)
 * </pre>
 */
final class ReportLines {
  private static final Pattern TIMESTAMP = Pattern.compile(
      "^(\\d{4}-\\d{2}-\\d{2}[ T] ?\\d{1,2}:\\d{2}:\\d{2})(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?"
          + "|^(\\d{6} {1,2}\\d{1,2}:\\d{2}:\\d{2})");
  private static final Pattern LONG_WAIT = Pattern.compile(
      "Long wait \\((\\d+) seconds\\) for ([A-Za-z_][\\w.]*\\w)");

  private ReportLines() {}

  /** A cell source when {@code text} is a report header, else null. */
  static String headerSource(String text) {
    if (text.contains("long semaphore wait:")) {
      return SemaphoreWait.WARNING;
    }
    if (text.contains("Warning: semaphore wait:")) {
      return SemaphoreWait.STATUS;
    }
    return null;
  }

  /** The timestamp the line starts with, as printed, or null. */
  static String timestamp(String text) {
    if (text.isEmpty() || !Character.isDigit(text.charAt(0))) {
      return null;
    }
    Matcher m = TIMESTAMP.matcher(text);
    if (!m.find()) {
      return null;
    }
    return m.group(4) != null ? m.group(4) : m.group();
  }

  /** The timestamp cut to whole seconds (no fraction, no zone), or null. */
  static String secondOf(String text) {
    Matcher m = TIMESTAMP.matcher(text);
    if (text.isEmpty() || !m.find()) {
      return null;
    }
    return m.group(4) != null ? m.group(4) : m.group(1);
  }

  /** A MariaDB 10.6+ long-wait warning, or null. */
  static LongWait longWait(String text) {
    if (!text.contains("Long wait (")) {
      return null;
    }
    Matcher m = LONG_WAIT.matcher(text);
    return m.find() ? new LongWait(m.group(2), Integer.parseInt(m.group(1))) : null;
  }

  /** "Long wait (N seconds) for LATCH". */
  record LongWait(String latch, int seconds) {}
}
