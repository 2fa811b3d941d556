package dev.mycrash.triage;

import dev.mycrash.errorlog.model.Analysis;
import dev.mycrash.errorlog.model.CrashReport;
import dev.mycrash.knownbugs.KnownBugMatcher;
import dev.mycrash.knownbugs.MatchResult;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The signature and known-bug verdict of every crash of an analysis, in the order of
 * {@code analysis.crashes()}: what {@code analyze} and {@code collect} show next to a crash.
 */
public final class CrashVerdicts {
  private CrashVerdicts() {}

  /** Crashes matched on one thread; more (analyze --all of a crash loop) are spread over the cores. */
  private static final int SERIAL = 32;

  public static List<MatchResult> of(Analysis a, KnownBugMatcher matcher) {
    IntStream idx = IntStream.range(0, a.crashes().size());
    return (a.crashes().size() > SERIAL ? idx.parallel() : idx).mapToObj(i -> of(a, i, matcher)).toList();
  }

  private static MatchResult of(Analysis a, int i, KnownBugMatcher matcher) {
    CrashReport c = a.crashes().get(i);
    boolean last = a.lastCrash() != null && a.lastCrash() == i;
    return matcher.match(EngineCrashSource.facts(c, a, last), c.version() != null ? c.version() : a.version());
  }
}
