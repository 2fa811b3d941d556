package dev.mycrash.triage;

import dev.mycrash.knownbugs.MatchResult;
import java.util.List;

/**
 * All crashes of one run that share a signature hash ("seen N times").
 *
 * @param result the signature and matches of the first crash of the group
 * @param count how many crashes
 * @param examples up to {@link #EXAMPLES} "path:line" of crashes, in input order
 * @param versions the distinct server versions seen, in input order
 */
public record CrashGroup(MatchResult result, int count, List<String> examples, List<String> versions) {
  public static final int EXAMPLES = 5;

  public CrashGroup {
    if (result == null || count < 1) {
      throw new IllegalArgumentException("a group has a result and at least one crash");
    }
    examples = List.copyOf(examples);
    versions = List.copyOf(versions);
  }
}
