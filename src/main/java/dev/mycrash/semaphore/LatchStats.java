package dev.mycrash.semaphore;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Running totals for one latch while lines stream in; turned into a {@link LatchSummary}. */
final class LatchStats {
  final String key;
  final String kind;
  final String name;
  final String address;
  final String createdAt;
  int waits;
  double maxSeconds;
  long firstLine;
  long lastLine;
  String firstTime;
  String lastTime;
  final Set<String> waitedAt = new LinkedHashSet<>();
  final Set<String> waiters = new LinkedHashSet<>();
  /** Waiters whose last cell did not say "wait has ended": the wait-for graph's edges. */
  final Set<String> blocked = new LinkedHashSet<>();
  /** "thread@waitedAt" of warning cells, to spot the monitor's SEMAPHORES copy of a report. */
  private final Set<String> reported = new HashSet<>();
  /** holder thread → how the first cell naming it said it holds the latch. */
  final Map<String, Holding> holders = new LinkedHashMap<>();

  LatchStats(String key, String kind, String name, String address, String createdAt) {
    this.key = key;
    this.kind = kind;
    this.name = name;
    this.address = address;
    this.createdAt = createdAt;
  }

  static LatchStats of(SemaphoreWait w) {
    String display = w.name() != null ? w.name() : w.address();
    return new LatchStats(w.latchKey(), w.kind(), display, w.address(), w.createdAt());
  }

  /** Seen at this line (a wait, or a watchdog line naming it). */
  void touch(long line, String time) {
    if (firstLine == 0) {
      firstLine = line;
      firstTime = time;
    }
    lastLine = line;
    if (time != null) {
      lastTime = time;
    }
  }

  /**
   * Adds one cell. A status cell repeating a reported wait (same thread, same place: the InnoDB
   * monitor prints every waiting cell again in its SEMAPHORES section right after the report) is
   * not counted as another wait.
   */
  void add(SemaphoreWait w) {
    touch(w.line(), w.time());
    String key = w.thread() + "@" + w.waitedAt();
    boolean copy = w.source().equals(SemaphoreWait.STATUS) && reported.contains(key);
    if (w.source().equals(SemaphoreWait.WARNING)) {
      reported.add(key);
    }
    if (copy) {
      maxSeconds = Math.max(maxSeconds, w.seconds());
    } else {
      countWait(w.seconds());
    }
    waitedAt.add(w.waitedAt());
    waiters.add(w.thread());
    if (w.ended()) {
      blocked.remove(w.thread());
    } else {
      blocked.add(w.thread());
    }
    if (w.holder() != null) {
      holders.putIfAbsent(w.holder(), new Holding(w.holderMode(), w.lastWriteLockedAt()));
    }
    if (w.blockedByReader()) {
      holders.putIfAbsent(w.reader(), new Holding("shared", w.lastReadLockedAt()));
    }
  }

  void countWait(double seconds) {
    waits++;
    maxSeconds = Math.max(maxSeconds, seconds);
  }

  /** Other threads than {@code holder} still wait on this latch. */
  boolean blocksOthers(String holder) {
    return blocked.size() > (blocked.contains(holder) ? 1 : 0);
  }

  /** How a holder holds the latch: mode as printed ("exclusive", "shared"), last lock place. */
  record Holding(String mode, String lockedAt) {}

  LatchSummary toSummary() {
    return new LatchSummary(kind, name, createdAt, waits, maxSeconds, List.copyOf(waitedAt),
        List.copyOf(holders.keySet()), address, List.copyOf(waiters), firstLine, lastLine,
        firstTime, lastTime);
  }
}
