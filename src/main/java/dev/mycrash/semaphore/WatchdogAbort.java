package dev.mycrash.semaphore;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The InnoDB watchdog killing a hung server on purpose: a hang abort, not a generic crash. Real
 * samples:
 *
 * <pre>
 * InnoDB: Error: semaphore wait has lasted &gt; 600 seconds                                (5.0-5.6, then)
 * InnoDB: We intentionally crash the server, because it appears to be hung.
 * [ERROR] [FATAL] InnoDB: Semaphore wait has lasted &gt; 600 seconds. We intentionally crash the server because it appears to be hung.  (5.7, MariaDB &le;10.5)
 * 2021-11-19T14:52:21.671328+08:00 0 [ERROR] [MY-012872] [InnoDB] [FATAL] Semaphore wait has lasted &gt; 600 seconds. ...   (8.0)
 * 2026-11-23 11:44:06 0 [ERROR] [FATAL] InnoDB: innodb_fatal_semaphore_wait_threshold was exceeded for dict_sys.latch. Please refer to ...  (MariaDB 10.6+)
 * </pre>
 *
 * @param line 1-based number of the first line of this abort (negative when a tail of a big
 *     file is numbered from its end, as the engine's other line numbers then are)
 * @param time timestamp as printed, or null
 * @param latch the latch the line names (MariaDB 10.6+), or null
 * @param thresholdSeconds the threshold the line prints ("&gt; 600 seconds"), or null
 */
public record WatchdogAbort(long line, String time, String latch, Integer thresholdSeconds) {
  static final int SAME_REPORT_LINES = 500;
  private static final Pattern THRESHOLD = Pattern.compile("wait has lasted > (\\d+) seconds");
  private static final Pattern LATCH = Pattern.compile(
      "threshold was exceeded for ([A-Za-z_][\\w.]*\\w)");

  public WatchdogAbort {
    if (line == 0) {
      throw new IllegalArgumentException("line numbers are 1-based (or negative, from the end): " + line);
    }
  }

  /** True when the line is one of the watchdog's own lines. */
  public static boolean matches(String text) {
    return text.contains("emaphore wait has lasted >")
        || text.contains("innodb_fatal_semaphore_wait_threshold was exceeded")
        || (text.contains("intentionally crash the server") && text.contains("hung"));
  }

  /** The abort this line reports, or null when it is not a watchdog line. */
  public static WatchdogAbort parse(long line, String text) {
    if (!matches(text)) {
      return null;
    }
    Matcher t = THRESHOLD.matcher(text);
    Matcher l = LATCH.matcher(text);
    return new WatchdogAbort(line, ReportLines.timestamp(text), l.find() ? l.group(1) : null,
        t.find() ? Integer.valueOf(t.group(1)) : null);
  }

  /**
   * Folds the next watchdog line into this abort when it belongs to the same event: the next
   * line of the 5.x two-line message, or another thread's report in the same second and the same
   * crash report (within {@value #SAME_REPORT_LINES} lines of the previous watchdog line).
   *
   * @param previousLine the last watchdog line folded into this abort so far
   */
  WatchdogAbort merge(WatchdogAbort next, long previousLine, String thisSecond, String nextSecond) {
    long distance = next.line - previousLine;
    boolean adjacent = distance <= 1;
    boolean sameSecond = thisSecond != null && thisSecond.equals(nextSecond) && distance <= SAME_REPORT_LINES;
    if (!adjacent && !sameSecond) {
      return null;
    }
    return new WatchdogAbort(line, time != null ? time : next.time,
        latch != null ? latch : next.latch,
        thresholdSeconds != null ? thresholdSeconds : next.thresholdSeconds);
  }
}
