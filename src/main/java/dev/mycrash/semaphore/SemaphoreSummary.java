package dev.mycrash.semaphore;

import java.util.List;

/**
 * What the InnoDB long-semaphore-wait reports of a log (or of one server lifetime) add up to.
 * Serialised as the {@code semaphoreWaits} object of {@code analyze --json}; field names are a
 * contract.
 *
 * @param reports number of long-semaphore-wait reports ("A long semaphore wait" cells and MariaDB
 *     10.6+ "Long wait (N seconds) for LATCH" warnings)
 * @param maxSeconds the longest wait reported
 * @param watchdogAbort the InnoDB watchdog killed the server on purpose (hang abort)
 * @param latches one entry per latch, most waited-on first
 * @param blockers holders that are not themselves waiting: the threads everyone waits for
 */
public record SemaphoreSummary(
    int reports, double maxSeconds, boolean watchdogAbort, List<LatchSummary> latches, List<Blocker> blockers) {
  public SemaphoreSummary {
    latches = List.copyOf(latches);
    blockers = List.copyOf(blockers);
  }

  public static SemaphoreSummary empty() {
    return new SemaphoreSummary(0, 0, false, List.of(), List.of());
  }
}
