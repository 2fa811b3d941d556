package dev.mycrash.collect.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks the candidate that belongs to the crash. Rules, each adding to a score: the pid in the
 * core's name or record equals the crashed lifetime's pid (+100; a different pid rules the core
 * out); the executable name matches (+10, a different one rules it out); the core was finished
 * within 10 minutes after the crash (+50) or within an hour of it (+20), or long before it (-30).
 * Ties go to the newest core. Without any hint, the newest core wins.
 */
public final class CoreChooser {
  private CoreChooser() {}

  /** The chosen core and why. */
  public record Choice(CoreCandidate core, int score, List<String> reasons) {
    public Choice {
      reasons = List.copyOf(reasons);
    }
  }

  public static Optional<Choice> choose(List<CoreCandidate> candidates, CrashHint hint) {
    return candidates.stream()
        .map(c -> score(c, hint))
        .flatMap(Optional::stream)
        .max(Comparator.comparingInt(Choice::score).thenComparing(ch -> ch.core().mtime()));
  }

  static Optional<Choice> score(CoreCandidate c, CrashHint hint) {
    int score = 0;
    List<String> why = new ArrayList<>();
    if (hint.pid() != null && c.pid() != null) {
      if (!hint.pid().equals(c.pid())) {
        return Optional.empty();
      }
      score += 100;
      why.add("pid " + c.pid() + " matches the crashed server");
    }
    if (hint.exe() != null && c.exe() != null) {
      if (!comm(hint.exe()).equals(comm(c.exe()))) {
        return Optional.empty();
      }
      score += 10;
      why.add("executable " + c.exe() + " matches");
    }
    if (hint.crashTime() != null) {
      long s = Duration.between(hint.crashTime(), c.mtime()).toSeconds();
      if (s >= -60 && s <= 600) {
        score += 50;
        why.add("written " + s + " s after the crash");
      } else if (Math.abs(s) <= 3600) {
        score += 20;
        why.add("written within an hour of the crash (" + s + " s)");
      } else if (s < -3600) {
        score -= 30;
        why.add("written " + (-s) + " s before the crash");
      }
    }
    if (why.isEmpty()) {
      why.add("newest core found (nothing to match it against)");
    }
    return Optional.of(new Choice(c, score, why));
  }

  /** The kernel's comm: the executable's base name cut to 15 characters. */
  static String comm(String exe) {
    String base = exe.substring(exe.lastIndexOf('/') + 1);
    return base.length() > 15 ? base.substring(0, 15) : base;
  }
}
