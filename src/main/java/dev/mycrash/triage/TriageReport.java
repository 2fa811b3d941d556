package dev.mycrash.triage;

import dev.mycrash.knownbugs.Verdict;
import java.util.List;

/**
 * The outcome of one triage run.
 *
 * @param files how many input files were read
 * @param crashes how many crashes were found in them (hangs not counted: {@link #hangs()})
 * @param groups one group per signature, new ones first, then by count
 */
public record TriageReport(int files, int crashes, List<CrashGroup> groups) {
  public TriageReport {
    groups = List.copyOf(groups);
  }

  /** How many hangs (long semaphore waits in a log without a crash report) were found. */
  public int hangs() {
    return groups.stream().filter(g -> g.result().signature().hang()).mapToInt(CrashGroup::count).sum();
  }

  /** True when some crash or hang is new or a regression: triage exits with NEW_CRASH. */
  public boolean needsAttention() {
    return groups.stream().anyMatch(g -> g.result().verdict() != Verdict.KNOWN);
  }
}
