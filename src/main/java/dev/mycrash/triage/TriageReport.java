package dev.mycrash.triage;

import dev.mycrash.knownbugs.Verdict;
import java.util.List;

/**
 * The outcome of one triage run.
 *
 * @param files how many input files were read
 * @param crashes how many crashes were found in them
 * @param groups one group per signature, new ones first, then by count
 */
public record TriageReport(int files, int crashes, List<CrashGroup> groups) {
  public TriageReport {
    groups = List.copyOf(groups);
  }

  /** True when some crash is new or a regression: triage exits with NEW_CRASH. */
  public boolean needsAttention() {
    return groups.stream().anyMatch(g -> g.result().verdict() != Verdict.KNOWN);
  }
}
