package dev.mycrash.errorlog.parse;

import dev.mycrash.errorlog.LogLine;
import dev.mycrash.semaphore.SemaphoreCollector;
import dev.mycrash.semaphore.SemaphoreSummary;

/**
 * Which lines reach a semaphore collector, and which collector: every line that contains
 * "emaphore" or "Long wait (" (report heads, {@code --Thread ... the semaphore:}, the watchdog's
 * {@code [FATAL]}, MariaDB 10.6+ latch warnings), and every line after such a line until a line
 * with a log timestamp that has neither, or {@value #REGION} lines. Scope "all" feeds one
 * collector; the default scope feeds the open lifetime's (or, before any lifetime, an orphan one).
 */
final class SemaphoreFeed {
  /** Lines a semaphore report may run on without a semaphore line before feeding stops. */
  static final int REGION = 200;

  private final boolean all;
  private final SemaphoreCollector allWaits = new SemaphoreCollector();
  private final SemaphoreCollector orphanWaits = new SemaphoreCollector();
  private int region;

  SemaphoreFeed(boolean all) {
    this.all = all;
  }

  /** True while inside a report: the next lines are wanted even when the sieve drops them. */
  boolean inReport() {
    return region > 0;
  }

  /** Feeds {@code l} (a line outside crash blocks) where it belongs; {@code current} is the open lifetime or null. */
  void accept(LogLine l, LifetimeBuilder current) {
    String t = l.text();
    if (Markers.isSemaphoreTrigger(t)) {
      region = REGION;
    } else if (region > 0 && Markers.hasLogPrefix(t)) {
      region = 0;
    }
    if (region > 0) {
      region--;
      (all ? allWaits : current == null ? orphanWaits : current.semaphores).accept(l);
    }
  }

  /**
   * The summary the model keeps beside its lifetimes: the whole log's (scope all), the waits seen
   * before any lifetime (default scope with no lifetime), else null (each lifetime has its own).
   */
  SemaphoreSummary finish(boolean noLifetimes) {
    return all ? allWaits.finish() : noLifetimes ? orphanWaits.finish() : null;
  }
}
