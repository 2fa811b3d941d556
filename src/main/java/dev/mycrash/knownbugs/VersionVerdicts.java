package dev.mycrash.knownbugs;

import java.util.List;

/**
 * Version-aware meaning of a match: an open bug is known; a fixed bug is "known, fixed in X:
 * upgrade" when the running version is below the fix on its release line, and "regression or a
 * different bug" when it is at or above it.
 */
final class VersionVerdicts {
  private VersionVerdicts() {}

  record Result(Verdict verdict, String message) {}

  static Result of(KnownBug bug, String running) {
    if (!bug.status().equals("fixed")) {
      return new Result(Verdict.KNOWN, "known (" + bug.status() + ")");
    }
    Version v = Version.leading(running);
    List<VersionLine> fixes = bug.versions().stream().filter(l -> l.fixed() != null).toList();
    String all = String.join(", ", fixes.stream().map(VersionLine::fixed).toList());
    if (fixes.isEmpty()) {
      return new Result(Verdict.KNOWN, "known, fixed (the fixed release is not recorded: see the bug)");
    }
    if (v == null) {
      return new Result(Verdict.KNOWN, "known, fixed in " + all + " (running version unknown)");
    }
    for (VersionLine l : bug.versions()) {
      if (v.onLine(Version.parse(l.line()))) {
        if (l.fixed() == null) {
          return new Result(Verdict.KNOWN, "known, not fixed on " + l.line());
        }
        return atOrAbove(v, Version.parse(l.fixed()), bug.id(), l.fixed());
      }
    }
    boolean newerThanAll = fixes.stream().allMatch(l -> v.compareTo(Version.parse(l.fixed())) >= 0);
    if (newerThanAll && !fixes.isEmpty()) {
      return new Result(Verdict.REGRESSION,
          "regression or a different bug: " + bug.id() + " was fixed in " + all + ", this server runs " + v);
    }
    return new Result(Verdict.KNOWN, "known, fixed in " + all + ": upgrade");
  }

  private static Result atOrAbove(Version running, Version fixed, String id, String fixedText) {
    if (running.compareTo(fixed) >= 0) {
      return new Result(Verdict.REGRESSION,
          "regression or a different bug: " + id + " was fixed in " + fixedText + ", this server runs " + running);
    }
    return new Result(Verdict.KNOWN, "known, fixed in " + fixedText + ": upgrade");
  }
}
