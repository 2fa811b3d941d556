package dev.mycrash.triage;

import dev.mycrash.knownbugs.KnownBugMatcher;
import dev.mycrash.knownbugs.MatchResult;
import dev.mycrash.knownbugs.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Many inputs to crashes to signature groups with verdicts: the engine behind {@code mycrash triage}. */
public final class Triage {
  private final CrashSource source;
  private final KnownBugMatcher matcher;

  public Triage(CrashSource source, KnownBugMatcher matcher) {
    this.source = source;
    this.matcher = matcher;
  }

  /**
   * Reads every file (in parallel), matches every crash (and hang: long semaphore waits no crash
   * report follows) and groups them by signature hash.
   */
  public TriageReport run(List<Path> files) {
    List<List<Analysed>> perFile = files.parallelStream().map(this::analyse).toList();
    Map<String, Builder> groups = new LinkedHashMap<>();
    int crashes = 0;
    for (List<Analysed> list : perFile) {
      for (Analysed a : list) {
        crashes += a.crash().kind().equals("crash") ? 1 : 0;
        groups.computeIfAbsent(a.result().signature().hash(), h -> new Builder(a.result())).add(a);
      }
    }
    List<CrashGroup> out = new ArrayList<>(groups.values().stream().map(Builder::build).toList());
    out.sort(Comparator.comparing((CrashGroup g) -> order(g.result().verdict()))
        .thenComparing(Comparator.comparingInt(CrashGroup::count).reversed()));
    return new TriageReport(files.size(), crashes, out);
  }

  private List<Analysed> analyse(Path file) {
    List<Analysed> out = new ArrayList<>();
    for (CrashRecord c : LogFiles.read(file, source)) {
      out.add(new Analysed(c, matcher.match(c.facts(), c.version())));
    }
    return out;
  }

  private static int order(Verdict v) {
    return switch (v) {
      case NEW -> 0;
      case REGRESSION -> 1;
      case KNOWN -> 2;
    };
  }

  private record Analysed(CrashRecord crash, MatchResult result) {}

  /** Collects one signature's crashes; its verdict is the worst one (a version can turn known into regression). */
  private static final class Builder {
    MatchResult result;
    int count;
    final List<String> examples = new ArrayList<>();
    final List<String> versions = new ArrayList<>();

    Builder(MatchResult result) {
      this.result = result;
    }

    void add(Analysed a) {
      CrashRecord c = a.crash();
      if (order(a.result().verdict()) < order(result.verdict())) {
        result = a.result();
      }
      count++;
      if (examples.size() < CrashGroup.EXAMPLES) {
        examples.add(c.path() + ":" + c.line());
      }
      if (c.version() != null && !versions.contains(c.version())) {
        versions.add(c.version());
      }
    }

    CrashGroup build() {
      return new CrashGroup(result, count, examples, versions);
    }
  }
}
