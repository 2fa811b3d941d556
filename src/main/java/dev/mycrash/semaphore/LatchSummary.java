package dev.mycrash.semaphore;

import java.util.List;

/**
 * All waits on one latch.
 *
 * @param kind "mutex", "rw-lock" or "latch" (MariaDB 10.6+ named latches such as dict_sys.latch)
 * @param name latch name or address, e.g. {@code dict_sys.latch}, {@code LOCK_SYS}, {@code 0x7f..}
 * @param createdAt "file:line" where the latch was created, or null
 * @param waits how many wait reports name it
 * @param maxSeconds the longest of those waits
 * @param waitedAt distinct "file:line" places where threads waited
 * @param holderThreads thread ids seen holding it (writer / "locked by")
 */
public record LatchSummary(
    String kind,
    String name,
    String createdAt,
    int waits,
    double maxSeconds,
    List<String> waitedAt,
    List<String> holderThreads) {
  public LatchSummary {
    waitedAt = List.copyOf(waitedAt);
    holderThreads = List.copyOf(holderThreads);
  }
}
