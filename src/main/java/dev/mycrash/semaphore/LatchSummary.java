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
 * @param address latch address as printed, or null (named 10.6+ latches)
 * @param waiterThreads distinct thread ids seen waiting on it, in order of appearance
 * @param firstLine 1-based line where the latch was first named
 * @param lastLine 1-based line where it was last named
 * @param firstTime timestamp of the first report naming it, as printed, or null
 * @param lastTime timestamp of the last report naming it, as printed, or null
 */
public record LatchSummary(
    String kind,
    String name,
    String createdAt,
    int waits,
    double maxSeconds,
    List<String> waitedAt,
    List<String> holderThreads,
    String address,
    List<String> waiterThreads,
    long firstLine,
    long lastLine,
    String firstTime,
    String lastTime) {
  public LatchSummary {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("a latch needs a name or an address");
    }
    if (waits < 0 || maxSeconds < 0) {
      throw new IllegalArgumentException("negative count for latch " + name);
    }
    waitedAt = List.copyOf(waitedAt);
    holderThreads = List.copyOf(holderThreads);
    waiterThreads = List.copyOf(waiterThreads);
  }

  /** The original seven-field shape; the rest left empty. */
  public LatchSummary(String kind, String name, String createdAt, int waits, double maxSeconds,
      List<String> waitedAt, List<String> holderThreads) {
    this(kind, name, createdAt, waits, maxSeconds, waitedAt, holderThreads, null, List.of(), 0, 0,
        null, null);
  }
}
