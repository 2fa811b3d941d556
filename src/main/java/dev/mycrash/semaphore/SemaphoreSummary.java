package dev.mycrash.semaphore;

import java.util.List;

/**
 * What the InnoDB long-semaphore-wait reports of a log (or of one server lifetime) add up to.
 * Serialised as the {@code semaphoreWaits} object of {@code analyze --json}; field names are a
 * contract.
 *
 * @param reports number of long-semaphore-wait reports ("A long semaphore wait" cells and MariaDB
 *     10.6+ "Long wait (N seconds) for LATCH" warnings)
 * @param maxSeconds the longest wait reported (reports and status cells)
 * @param watchdogAbort the InnoDB watchdog killed the server on purpose (hang abort)
 * @param latches one entry per latch, most waited-on first
 * @param blockers holders that are not themselves waiting: the threads everyone waits for
 * @param statusCells cells read without a report header: the SEMAPHORES section of InnoDB
 *     monitor output or a pasted SHOW ENGINE INNODB STATUS, MariaDB "semaphore wait:" dumps
 * @param cycles groups of threads that hold what the others in the group wait for (deadlock)
 * @param watchdogAborts each watchdog abort: line, time, the latch it names, its threshold
 */
public record SemaphoreSummary(
    int reports,
    double maxSeconds,
    boolean watchdogAbort,
    List<LatchSummary> latches,
    List<Blocker> blockers,
    int statusCells,
    List<List<String>> cycles,
    List<WatchdogAbort> watchdogAborts) {
  public SemaphoreSummary {
    if (reports < 0 || statusCells < 0 || maxSeconds < 0) {
      throw new IllegalArgumentException("negative count");
    }
    latches = List.copyOf(latches);
    blockers = List.copyOf(blockers);
    cycles = cycles.stream().map(List::copyOf).toList();
    watchdogAborts = List.copyOf(watchdogAborts);
    if (!watchdogAbort && !watchdogAborts.isEmpty()) {
      throw new IllegalArgumentException("watchdog aborts listed but watchdogAbort is false");
    }
  }

  /** The original five-field shape. */
  public SemaphoreSummary(
      int reports, double maxSeconds, boolean watchdogAbort, List<LatchSummary> latches, List<Blocker> blockers) {
    this(reports, maxSeconds, watchdogAbort, latches, blockers, 0, List.of(), List.of());
  }

  /**
   * The same summary with every line number mapped through {@code f} (as the engine numbers the
   * lines of a tail read from the end of a big file); 0, "not known", stays 0.
   */
  public SemaphoreSummary renumber(java.util.function.LongUnaryOperator f) {
    java.util.function.LongUnaryOperator g = n -> n == 0 ? 0 : f.applyAsLong(n);
    List<LatchSummary> ls = latches.stream().map(l -> new LatchSummary(l.kind(), l.name(), l.createdAt(), l.waits(),
        l.maxSeconds(), l.waitedAt(), l.holderThreads(), l.address(), l.waiterThreads(), g.applyAsLong(l.firstLine()),
        g.applyAsLong(l.lastLine()), l.firstTime(), l.lastTime())).toList();
    List<WatchdogAbort> ws = watchdogAborts.stream()
        .map(w -> new WatchdogAbort(f.applyAsLong(w.line()), w.time(), w.latch(), w.thresholdSeconds())).toList();
    return new SemaphoreSummary(reports, maxSeconds, watchdogAbort, ls, blockers, statusCells, cycles, ws);
  }

  public static SemaphoreSummary empty() {
    return new SemaphoreSummary(0, 0, false, List.of(), List.of());
  }
}
