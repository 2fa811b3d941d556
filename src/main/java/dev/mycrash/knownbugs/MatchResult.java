package dev.mycrash.knownbugs;

import java.util.List;

/**
 * A crash's signature and what it matched.
 *
 * @param signature the crash's signature
 * @param matches exact and structured matches first; fuzzy ones only when there is none of those
 * @param verdict known, regression or new
 * @param summary one line for people, e.g. "known: MDEV-32174, known, fixed in 10.6.16: upgrade"
 */
public record MatchResult(Signature signature, List<Match> matches, Verdict verdict, String summary) {
  public MatchResult {
    if (signature == null || verdict == null || summary == null) {
      throw new IllegalArgumentException("signature, verdict and summary are required");
    }
    matches = List.copyOf(matches);
  }
}
