package dev.mycrash.triage;

import dev.mycrash.errorlog.model.Analysis;
import dev.mycrash.errorlog.model.CrashReport;
import dev.mycrash.errorlog.model.Lifetime;
import dev.mycrash.knownbugs.CrashFacts;
import dev.mycrash.knownbugs.KnownBugMatcher;
import dev.mycrash.knownbugs.MatchResult;
import dev.mycrash.semaphore.LatchSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * The known-bug verdict of a hang that no crash report explains: a server hanging right now, or
 * one an operator killed before the InnoDB watchdog fired. Its long-semaphore-wait latches become
 * {@link CrashFacts} without signal or frames (a {@code HANG|latch|...} signature) and are
 * matched like a crash. A latch is tied to a crash, and left to that crash's facts, when it was
 * first waited on before that crash report ended, with no server start in between (the waits led
 * up to the crash, or the watchdog abort's own lines interleave with its report).
 */
public final class HangVerdicts {
  /** The line that introduces a hang's signature and verdict in analyze's text and collect's summary. */
  public static final String HEADING = "Hang (long semaphore waits, no crash report after them):";

  private HangVerdicts() {}

  /** The verdict of the hang of {@code a}, or null when every latch is tied to a crash (or there is none). */
  public static MatchResult of(Analysis a, KnownBugMatcher matcher) {
    CrashFacts f = facts(a);
    return f == null ? null : matcher.match(f, a.version());
  }

  /** The hang's facts: the latches no crash report follows, or null when there are none. */
  public static CrashFacts facts(Analysis a) {
    List<String> names = new ArrayList<>();
    for (LatchSummary l : untied(a)) {
      String n = name(l);
      if (!names.contains(n)) {
        names.add(n);
      }
    }
    return names.isEmpty() ? null : new CrashFacts(null, null, null, List.of(), "", names);
  }

  /** The latches of {@code a}'s semaphore summary that no crash report follows in their lifetime. */
  public static List<LatchSummary> untied(Analysis a) {
    return a.semaphoreWaits().latches().stream().filter(l -> !tied(l, a)).toList();
  }

  /**
   * A latch's name; one printed only as an address ({@code RW-latch at 0x7f574c004478 created in
   * file buf0buf.cc line 1221}) is named by its kind and the file it was created in,
   * {@code rw-lock@buf0buf.cc}, which stays the same from run to run.
   */
  static String name(LatchSummary l) {
    if (!l.name().startsWith("0x") || l.createdAt() == null) {
      return l.name();
    }
    String file = l.createdAt().contains(":") ? l.createdAt().substring(0, l.createdAt().lastIndexOf(':')) : l.createdAt();
    return l.kind() + "@" + file.substring(file.lastIndexOf('/') + 1);
  }

  private static boolean tied(LatchSummary l, Analysis a) {
    if (l.firstLine() == 0) {
      // line unknown: leave it to a crash, as before
      return !a.crashes().isEmpty();
    }
    for (CrashReport c : a.crashes()) {
      if (c.lastLine() >= l.firstLine() && !restartBetween(l.firstLine(), c.firstLine(), a.lifetimes())) {
        return true;
      }
    }
    return false;
  }

  private static boolean restartBetween(long from, long to, List<Lifetime> lifetimes) {
    return lifetimes.stream().map(Lifetime::startLine)
        .anyMatch(s -> s != null && s > from && s <= to);
  }
}
