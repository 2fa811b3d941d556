package dev.mycrash.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.knownbugs.Signatures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Triage's crash reader (the error-log engine) over the real generated-here logs, as written, with CRLF and with the tail cut. */
class EngineCrashSourceTest {
  static String log(String scenario) throws Exception {
    Path p = Paths.get(EngineCrashSourceTest.class.getResource("/knownbugs/generated-here/" + scenario + ".log").toURI());
    return Files.readString(p);
  }

  static List<CrashRecord> read(String text) throws IOException {
    return new EngineCrashSource().read("t.log", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sig_segv", "sig_abrt", "sig_bus", "udf_segv", "udf_fpe", "udf_abort", "udf_assert", "semaphore"})
  void readsOneCrashWithVersionAndSignal(String scenario) throws Exception {
    List<CrashRecord> crashes = read(log(scenario));
    assertThat(crashes).hasSize(1);
    CrashRecord c = crashes.get(0);
    assertThat(c.version()).isEqualTo("10.11.19-MariaDB-0+deb12u1");
    assertThat(c.product()).isEqualTo("MariaDB");
    assertThat(c.facts().frames()).hasSizeGreaterThan(8);
    assertThat(c.facts().frames().get(0).symbol()).isEqualTo("my_print_stacktrace");
    assertThat(c.facts().frames().get(0).handler()).isTrue();
  }

  @org.junit.jupiter.api.Test
  void everyCrashCarriesItsSectionFromTheAssertionLineForMessageMatchers() throws Exception {
    // full-error.log: 8 crashes; the 5th is the glibc assertion of line 307, header line 308
    Path p = Path.of("src/test/resources/corpus/generated-here/mariadb-10.11.19-debian12/errorlog/full-error.log");
    List<CrashRecord> crashes = read(Files.readString(p, StandardCharsets.ISO_8859_1));
    assertThat(crashes).hasSize(8);
    String text = crashes.get(4).facts().crashText();
    assertThat(text).contains("mariadbd: /tmp/crashlab/udf/crash_udf.c:13: crash_assert: Assertion `must_be_nonzero != 0' failed.\n"
        + "261123 11:43:48 [ERROR] /usr/sbin/mariadbd got signal 6 ;\n");
    assertThat(text).doesNotContain("ready for connections");
    assertThat(crashes.get(3).facts().crashText()).contains("crash_segv").doesNotContain("must_be_nonzero");
    // known-bugs/LP-940019.log: the InnoDB pair of lines, as the known-bugs README's message example expects
    String lp = new String(EngineCrashSourceTest.class.getResourceAsStream("/known-bugs/LP-940019.log").readAllBytes(), StandardCharsets.UTF_8);
    assertThat(read(lp).get(0).facts().crashText())
        .containsPattern("InnoDB: Failing assertion: .*is_being_deleted");
  }

  @org.junit.jupiter.api.Test
  void anEmptyInputHasNoCrash() throws IOException {
    assertThat(read("")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aBinaryFileAmongTheLogsHasNoCrashAndStopsNothing(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    // a copied MariaDB datadir holds tc.log (zero-filled until used) beside the error log
    Path dir = Files.createDirectories(tmp.resolve("run/datadir"));
    Files.write(dir.resolve("tc.log"), new byte[24576]);
    Path err = Files.writeString(tmp.resolve("run/master.err"), log("udf_fpe"));
    TriageReport r = new Triage(new EngineCrashSource(),
        new dev.mycrash.knownbugs.KnownBugMatcher(new dev.mycrash.knownbugs.KnownBugDatabase(List.of()), null))
        .run(Inputs.expand(List.of(tmp)));
    assertThat(r.files()).isEqualTo(2);
    assertThat(r.crashes()).isEqualTo(1);
    assertThat(r.groups().get(0).examples()).containsExactly(err + ":23");
  }

  @org.junit.jupiter.api.Test
  void aLogBiggerThanTheWholeReadIsStillReadToItsEnd() throws Exception {
    // the crash sits after EngineCrashSource.SMALL_LOG bytes of ordinary notes
    String note = "2026-11-23 11:43:44 0 [Note] InnoDB: Buffer pool(s) load completed at 261123 11:43:44\n";
    String log = note.repeat(EngineCrashSource.SMALL_LOG / note.length() + 10) + log("udf_fpe");
    List<CrashRecord> crashes = read(log);
    assertThat(crashes).singleElement().satisfies(c -> assertThat(c.facts().signal()).isEqualTo(8));
    assertThat(crashes.get(0).line()).isEqualTo(EngineCrashSource.SMALL_LOG / note.length() + 10 + 23);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sig_segv", "udf_segv", "udf_assert", "udf_abort", "semaphore"})
  void crlfLineEndsGiveTheSameSignature(String scenario) throws Exception {
    String lf = log(scenario);
    String crlf = lf.replace("\n", "\r\n");
    assertThat(Signatures.of(read(crlf).get(0).facts()).hash())
        .isEqualTo(Signatures.of(read(lf).get(0).facts()).hash());
  }

  @ParameterizedTest
  @ValueSource(strings = {"udf_segv", "udf_assert", "semaphore"})
  void aLogCutInsideTheBacktraceStillGivesTheCrash(String scenario) throws Exception {
    String full = log(scenario);
    int cut = full.indexOf("__restore_rt");
    List<CrashRecord> crashes = read(full.substring(0, full.indexOf('\n', cut) + 1) + "/usr/sbin/mariadbd(_ZN4JO");
    assertThat(crashes).singleElement().satisfies(c -> {
      assertThat(c.facts().frames()).hasSize(3);
      assertThat(Signatures.of(c.facts()).uniqueId()).matches("(.*\\|)?SIG[A-Z]+");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"udf_assert"})
  void assertionAndItsPlaceComeFromTheLineBeforeTheHeader(String scenario) throws Exception {
    CrashRecord c = read(log(scenario)).get(0);
    assertThat(c.facts().assertionText()).isEqualTo("must_be_nonzero != 0");
    assertThat(c.facts().assertionAt()).isEqualTo("crash_udf.c:13");
    assertThat(c.line()).isEqualTo(28);
    assertThat(c.time()).isEqualTo("261123 11:43:48");
  }
}
