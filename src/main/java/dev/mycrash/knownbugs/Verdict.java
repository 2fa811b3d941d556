package dev.mycrash.knownbugs;

/** What a crash is, once matched against the known bugs. */
public enum Verdict {
  /** Matches an open known bug, or a fixed one the running version predates (upgrade). */
  KNOWN,
  /** Matches a bug fixed at or before the running version: a regression or a different bug. */
  REGRESSION,
  /** Matches no known bug (fuzzy suggestions may exist). */
  NEW;

  /** The word used in reports: known, regression, new. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
