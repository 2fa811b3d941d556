package dev.mycrash.semaphore;

import dev.mycrash.errorlog.LogLine;

/**
 * Reads InnoDB long-semaphore-wait reports from canonical log lines, streaming: feed every line
 * of the scope in order with {@link #accept}, then call {@link #finish}.
 */
public final class SemaphoreCollector {

  /** Takes the next line; cheap for lines that are not part of a report. */
  public void accept(LogLine line) {
    // implemented by the semaphore issue work
  }

  /** The summary of everything accepted so far. */
  public SemaphoreSummary finish() {
    return SemaphoreSummary.empty();
  }

  /**
   * True when this line is the InnoDB watchdog deliberately killing a hung server ("Semaphore
   * wait has lasted > 600 seconds", "innodb_fatal_semaphore_wait_threshold was exceeded").
   */
  public static boolean isWatchdogAbort(String text) {
    String t = text.toLowerCase(java.util.Locale.ROOT);
    return t.contains("semaphore wait has lasted >") || t.contains("innodb_fatal_semaphore_wait_threshold was exceeded");
  }
}
