package dev.mycrash.triage;

import dev.mycrash.errorlog.model.Analysis;
import dev.mycrash.errorlog.model.CrashReport;
import dev.mycrash.knownbugs.KnownBugMatcher;
import dev.mycrash.knownbugs.MatchResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The signature and known-bug verdict of every crash of an analysis, in the order of
 * {@code analysis.crashes()}: what {@code analyze} and {@code collect} show next to a crash.
 */
public final class CrashVerdicts {
  private CrashVerdicts() {}

  public static List<MatchResult> of(Analysis a, KnownBugMatcher matcher) {
    List<MatchResult> out = new ArrayList<>(a.crashes().size());
    for (int i = 0; i < a.crashes().size(); i++) {
      CrashReport c = a.crashes().get(i);
      boolean last = a.lastCrash() != null && a.lastCrash() == i;
      out.add(matcher.match(EngineCrashSource.facts(c, a, last), c.version() != null ? c.version() : a.version()));
    }
    return out;
  }
}
