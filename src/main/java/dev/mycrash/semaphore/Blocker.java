package dev.mycrash.semaphore;

import java.util.List;

/**
 * A thread that holds a latch others wait for and is not itself seen waiting.
 *
 * @param thread the holder's thread id as printed
 * @param latches the latches it holds that others wait on
 * @param mode lock mode as printed ("exclusive", "wait exclusive"), or null
 * @param lockedAt "file:line" of the last write lock, or null
 * @param waiters how many distinct waiting threads it blocks, directly or through a chain
 * @param blockedThreads those threads, in order of appearance
 */
public record Blocker(
    String thread, List<String> latches, String mode, String lockedAt, int waiters, List<String> blockedThreads) {
  public Blocker {
    if (thread == null || thread.isEmpty()) {
      throw new IllegalArgumentException("a blocker needs a thread");
    }
    latches = List.copyOf(latches);
    blockedThreads = List.copyOf(blockedThreads);
  }

  /** The original five-field shape. */
  public Blocker(String thread, List<String> latches, String mode, String lockedAt, int waiters) {
    this(thread, latches, mode, lockedAt, waiters, List.of());
  }
}
