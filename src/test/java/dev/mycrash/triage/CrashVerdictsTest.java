package dev.mycrash.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.errorlog.ErrorLogAnalyzer;
import dev.mycrash.errorlog.Fixtures;
import dev.mycrash.errorlog.model.Analysis;
import dev.mycrash.errorlog.model.CrashReport;
import dev.mycrash.knownbugs.KnownBugMatcher;
import dev.mycrash.knownbugs.KnownBugs;
import dev.mycrash.knownbugs.MatchResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One verdict per crash, in the order of the crashes, also when there are enough to spread over the cores. */
class CrashVerdictsTest {
  @TempDir Path tmp;

  @Test
  void aCrashLoopOfFortyCrashesGetsEachCrashsOwnVerdictInOrder() throws Exception {
    byte[] full = Files.readAllBytes(Fixtures.path(Fixtures.FULL)); // 8 crash reports: signals 11,6,7,11,6,8,6,6
    Path loop = tmp.resolve("loop.log");
    for (int i = 0; i < 5; i++) {
      Files.write(loop, full, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }
    Analysis a = Fixtures.analyze(loop, ErrorLogAnalyzer.Options.of(true));
    assertThat(a.crashes()).hasSize(40);
    KnownBugMatcher m = KnownBugs.loadDefault();
    List<MatchResult> verdicts = CrashVerdicts.of(a, m);
    assertThat(verdicts).hasSize(40);
    for (int i = 0; i < 40; i++) {
      CrashReport c = a.crashes().get(i);
      MatchResult one = m.match(EngineCrashSource.facts(c, a, i == 39), c.version() != null ? c.version() : a.version());
      assertThat(verdicts.get(i).signature()).as("crash %d", i).isEqualTo(one.signature());
      assertThat(verdicts.get(i).verdict()).as("crash %d", i).isEqualTo(one.verdict());
    }
    // the signal order of the log shows through: crash 8 is the first of the second copy (SIGSEGV)
    assertThat(verdicts.get(8).signature().uniqueId()).isEqualTo(verdicts.get(0).signature().uniqueId());
    assertThat(verdicts.get(1).signature().uniqueId()).isNotEqualTo(verdicts.get(0).signature().uniqueId());
  }
}
