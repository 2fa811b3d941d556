package dev.mycrash.knownbugs;

import dev.mycrash.symbols.Frame;
import java.util.List;

/**
 * What a signature and the known-bug matchers need to know about one crash, in plain terms so
 * that any source (an error-log crash block, gdb's crashing thread) can supply it.
 *
 * @param signal the fatal signal number (11, 6, 7, 8...), or null when unknown
 * @param assertionText the assertion as printed, e.g. {@code Assertion `x != 0' failed.} or
 *     {@code InnoDB: Failing assertion: x != 0}, or just the expression; null when none
 * @param assertionAt {@code basename:line} of the assertion (e.g. {@code row0ins.cc:2990}), or
 *     null
 * @param frames the crashing thread's frames, innermost first, as parsed (never altered)
 * @param crashText the crash section's text, for message matchers; may be empty
 * @param latches long-semaphore-wait latch names seen before the crash (or, for a hang without a
 *     crash report, the latches waited on); may be empty
 */
public record CrashFacts(
    Integer signal,
    String assertionText,
    String assertionAt,
    List<Frame> frames,
    String crashText,
    List<String> latches) {
  public CrashFacts {
    if (signal != null && (signal < 1 || signal > 64)) {
      throw new IllegalArgumentException("signal out of range: " + signal);
    }
    frames = frames == null ? List.of() : List.copyOf(frames);
    crashText = crashText == null ? "" : crashText;
    latches = latches == null ? List.of() : List.copyOf(latches);
  }

  /**
   * True for a hang without a crash report: long-semaphore-wait latches but no signal, assertion
   * or frames. Such facts get a hang signature ({@code HANG|latch|...}), see {@link Signatures}.
   */
  public boolean hangOnly() {
    return signal == null && assertionText == null && frames.isEmpty() && !latches.isEmpty();
  }

  /** Signal, assertion and frames only: enough for a signature. */
  public CrashFacts(Integer signal, String assertionText, List<Frame> frames) {
    this(signal, assertionText, null, frames, "", List.of());
  }
}
