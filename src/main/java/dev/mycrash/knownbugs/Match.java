package dev.mycrash.knownbugs;

/**
 * One known bug a crash matched.
 *
 * @param bugId e.g. MDEV-32174
 * @param title the bug's title (for imported lists: the list line's UniqueID)
 * @param url link, or null
 * @param kind how it matched
 * @param score 1.0 for exact and structured matches, the similarity for fuzzy ones
 * @param verdict what the match means for this crash at the running version
 * @param message one line for people, e.g. "known, fixed in 10.6.16: upgrade"
 */
public record Match(
    String bugId, String title, String url, MatchKind kind, double score, Verdict verdict, String message) {
  public Match {
    if (bugId == null || kind == null || verdict == null || message == null) {
      throw new IllegalArgumentException("bugId, kind, verdict and message are required");
    }
    if (score < 0 || score > 1) {
      throw new IllegalArgumentException("score out of range: " + score);
    }
  }
}
