package dev.mycrash.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.errorlog.ErrorLogAnalyzer;
import dev.mycrash.errorlog.model.Analysis;
import dev.mycrash.errorlog.read.LogInput;
import dev.mycrash.knownbugs.KnownBugDatabase;
import dev.mycrash.knownbugs.KnownBugMatcher;
import dev.mycrash.knownbugs.MatchKind;
import dev.mycrash.knownbugs.MatchResult;
import dev.mycrash.knownbugs.Verdict;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Hangs that no crash report explains, from real logs (provenance beside each in
 * src/test/resources/corpus/real, semaphore/PROVENANCE.md and known-bugs/README.md), against
 * the curated database of the repository.
 */
class HangVerdictsTest {
  static final KnownBugMatcher MATCHER = new KnownBugMatcher(KnownBugDatabase.load(Path.of("known-bugs")), null);

  static Analysis analyze(String resource, boolean all) throws Exception {
    try (InputStream in = HangVerdictsTest.class.getResourceAsStream(resource)) {
      return ErrorLogAnalyzer.analyze(LogInput.ofStream(resource, in), ErrorLogAnalyzer.Options.of(all));
    }
  }

  @Test
  void aPerconaServerHangOnKernelMutexIsTheKnownLaunchpadBug() throws Exception {
    // '&buf_pool->mutex' (line 3) and '&kernel_mutex' (line 7), no crash; LP-1007268 matches latch kernel_mutex
    Analysis a = analyze("/known-bugs/LP-1007268.log", true);
    assertThat(a.crashes()).isEmpty();
    MatchResult r = HangVerdicts.of(a, MATCHER);
    assertThat(r.signature().uniqueId()).isEqualTo("HANG|buf_pool->mutex|kernel_mutex");
    assertThat(r.verdict()).isEqualTo(Verdict.KNOWN);
    assertThat(r.matches()).singleElement().satisfies(m -> {
      assertThat(m.bugId()).isEqualTo("LP-1007268");
      assertThat(m.kind()).isEqualTo(MatchKind.STRUCTURED);
    });
  }

  @Test
  void aMysql84HangOnLogFilesMatchesNothingAndIsANewHang() throws Exception {
    // one report, line 11: "Mutex at 0x7a5bc482f440, Mutex LOG_FILES created log0log.cc:642, locked by ..."
    Analysis a = analyze("/corpus/real/chessdata-38-mysql842-semaphore.log", false);
    assertThat(HangVerdicts.facts(a).latches()).containsExactly("LOG_FILES");
    MatchResult r = HangVerdicts.of(a, MATCHER);
    assertThat(r.signature().uniqueId()).isEqualTo("HANG|LOG_FILES");
    assertThat(r.verdict()).isEqualTo(Verdict.NEW);
    assertThat(r.matches()).isEmpty();
    assertThat(r.summary()).isEqualTo("new hang: matches no known bug");
  }

  @Test
  void anAddressOnlyRwLatchIsNamedByWhereItWasCreated() throws Exception {
    // compose-wrapped MariaDB 10.5.9: mutex LOCK_SYS, and "S-lock on RW-latch at 0x7f574c004478 created in
    // file buf0buf.cc line 1221"
    Analysis a = analyze("/corpus/real/azuracast-4019-mariadb105-compose-semaphore.log", false);
    assertThat(HangVerdicts.facts(a).latches()).containsExactly("LOCK_SYS", "rw-lock@buf0buf.cc");
    assertThat(HangVerdicts.of(a, MATCHER).signature().uniqueId()).isEqualTo("HANG|LOCK_SYS|rw-lock@buf0buf.cc");
  }

  @Test
  void aWatchdogAbortWithItsCrashReportIsTheCrashNotAHang() throws Exception {
    // dict_sys.latch: the [FATAL] watchdog line precedes "got signal 6" (line 49); the latch stays in the crash's facts
    Analysis a = analyze("/semaphore/generated-mariadb1011-semaphore.log", true);
    assertThat(a.crashes()).hasSize(1);
    assertThat(HangVerdicts.untied(a)).isEmpty();
    assertThat(HangVerdicts.of(a, MATCHER)).isNull();
    assertThat(CrashVerdicts.of(a, MATCHER).get(0).signature().hang()).isFalse();
  }

  @Test
  void aSecondFatalLineInsideTheCrashReportIsStillThatCrash() throws Exception {
    // a [FATAL] from another thread interleaved into the report, after its header: first named before the report ends
    Analysis a = analyze("/semaphore/generated-mariadb1011-threshold1-interleaved-truncated.log", true);
    assertThat(a.crashes()).hasSize(1);
    assertThat(HangVerdicts.of(a, MATCHER)).isNull();
  }

  @Test
  void aHangBeforeARestartIsNotTiedToTheNextLifetimesCrash() throws Exception {
    // two real logs one after the other, as a log file that outlives a restart holds them: the MySQL 8.4
    // LOG_FILES hang (no crash), then a MariaDB start (line 1 of udf_segv.log) whose run dies of signal 11
    byte[] hang = bytes("/corpus/real/chessdata-38-mysql842-semaphore.log");
    byte[] crash = bytes("/knownbugs/generated-here/udf_segv.log");
    byte[] both = java.util.Arrays.copyOf(hang, hang.length + crash.length);
    System.arraycopy(crash, 0, both, hang.length, crash.length);
    Analysis a = ErrorLogAnalyzer.analyze(LogInput.ofStream("both.log", new java.io.ByteArrayInputStream(both)),
        ErrorLogAnalyzer.Options.of(true));
    assertThat(a.crashes()).hasSize(1);
    assertThat(HangVerdicts.of(a, MATCHER).signature().uniqueId()).isEqualTo("HANG|LOG_FILES");
    assertThat(CrashVerdicts.of(a, MATCHER).get(0).signature().uniqueId()).startsWith("SIGSEGV|crash_segv|");
  }

  static byte[] bytes(String resource) throws Exception {
    try (InputStream in = HangVerdictsTest.class.getResourceAsStream(resource)) {
      return in.readAllBytes();
    }
  }

  @Test
  void aLogWithoutSemaphoreWaitsHasNoHang() throws Exception {
    Analysis a = analyze("/corpus/real/mariadbdocker-496-clean-shutdown.log", true);
    assertThat(HangVerdicts.facts(a)).isNull();
    assertThat(HangVerdicts.of(a, MATCHER)).isNull();
  }
}
