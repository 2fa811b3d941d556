package dev.mycrash.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.knownbugs.Signatures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The triage reader over the real generated-here logs, as written, with CRLF and with the tail cut. */
class ServerLogReaderTest {
  static String log(String scenario) throws Exception {
    Path p = Paths.get(ServerLogReaderTest.class.getResource("/knownbugs/generated-here/" + scenario + ".log").toURI());
    return Files.readString(p);
  }

  static List<CrashRecord> read(String text) throws IOException {
    return new ServerLogReader().read("t.log", new BufferedReader(new StringReader(text)));
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
    assertThat(c.facts().assertionText()).endsWith("Assertion `must_be_nonzero != 0' failed.");
    assertThat(c.facts().assertionAt()).isEqualTo("crash_udf.c:13");
    assertThat(c.line()).isEqualTo(28);
    assertThat(c.time()).isEqualTo("261123 11:43:48");
  }
}
