package dev.mycrash.knownbugs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.errorlog.ErrorLogAnalyzer;
import dev.mycrash.errorlog.model.Analysis;
import dev.mycrash.errorlog.read.LogInput;
import dev.mycrash.triage.CrashGroup;
import dev.mycrash.triage.CrashVerdicts;
import dev.mycrash.triage.HangVerdicts;
import dev.mycrash.triage.EngineCrashSource;
import dev.mycrash.triage.Triage;
import dev.mycrash.triage.TriageReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks every curated entry of {@code known-bugs/}: the database loads (no entry rejected), every
 * entry has its fixture {@code src/test/resources/known-bugs/<ID>.log}, and the entry matches
 * (exactly or structurally, never only fuzzily) a crash or hang found in it, both as {@code triage}
 * reports it and as {@code analyze --all} does (its crash and hang verdicts).
 */
class KnownBugsConformanceTest {
  static final Path DIR = Path.of("known-bugs");
  static final KnownBugDatabase DB = KnownBugDatabase.load(DIR);
  static final KnownBugMatcher MATCHER = new KnownBugMatcher(DB, null);

  static Stream<String> ids() {
    return DB.bugs().stream().map(KnownBug::id);
  }

  @Test
  void theDatabaseIsValidAndBigEnough() {
    assertThat(KnownBugDatabase.check(DIR)).isEmpty();
    assertThat(DB.bugs()).hasSizeGreaterThanOrEqualTo(40);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void entryMatchesItsFixture(String id) throws Exception {
    List<MatchResult> triage = byTriage(id);
    List<MatchResult> analyze = byAnalyze(id);
    assertThat(matches(triage, id))
        .as("triage %s: %s", id, triage.stream().map(r -> r.signature().uniqueId() + " -> " + r.summary()).toList())
        .isTrue();
    assertThat(matches(analyze, id))
        .as("analyze %s: %s", id, analyze.stream().map(r -> r.signature().uniqueId() + " -> " + r.summary()).toList())
        .isTrue();
  }

  static boolean matches(List<MatchResult> results, String id) {
    return results.stream().anyMatch(r -> r.matches().stream()
        .anyMatch(m -> m.bugId().equals(id) && m.kind() != MatchKind.FUZZY));
  }

  /** What {@code mycrash triage} finds: crashes, else the log's hang. */
  List<MatchResult> byTriage(String id) throws Exception {
    fixture(id).close();
    Path log = Path.of(getClass().getResource("/known-bugs/" + id + ".log").toURI());
    TriageReport r = new Triage(new EngineCrashSource(), MATCHER).run(List.of(log));
    return r.groups().stream().map(CrashGroup::result).toList();
  }

  /** What {@code mycrash analyze --all} finds: every crash's verdict and the hang's (production code for both). */
  List<MatchResult> byAnalyze(String id) throws IOException {
    List<MatchResult> out = new ArrayList<>();
    try (InputStream in = fixture(id)) {
      Analysis a = ErrorLogAnalyzer.analyze(LogInput.ofStream(id + ".log", in), ErrorLogAnalyzer.Options.of(true));
      out.addAll(CrashVerdicts.of(a, MATCHER));
      MatchResult hang = HangVerdicts.of(a, MATCHER);
      if (hang != null) {
        out.add(hang);
      }
    }
    return out;
  }

  InputStream fixture(String id) {
    InputStream in = getClass().getResourceAsStream("/known-bugs/" + id + ".log");
    assertThat(in).as("fixture src/test/resources/known-bugs/" + id + ".log").isNotNull();
    return in;
  }
}
