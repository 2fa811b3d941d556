package dev.mycrash.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mycrash.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * analyze gives a hang without a crash report (long semaphore waits only) a known-bug verdict of
 * its own, next to the semaphore waits. Real logs: known-bugs/LP-1007268.log (Percona Server
 * 5.5.23, waits on '&buf_pool->mutex' and '&kernel_mutex'), corpus/real/chessdata-38 (MySQL 8.4.2,
 * a 7988 s wait on LOG_FILES, no crash).
 */
class AnalyzeHangTest {
  static final String LP = "src/test/resources/known-bugs/LP-1007268.log";
  static final String CHESS = "src/test/resources/corpus/real/chessdata-38-mysql842-semaphore.log";
  private String out;

  private int run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), args);
    out = o.toString(StandardCharsets.UTF_8);
    return code;
  }

  @Test
  void jsonNamesTheKnownBugOfAHangWithoutACrash() throws Exception {
    assertThat(run("analyze", "--json", LP)).isZero();
    JsonNode j = new ObjectMapper().readTree(out);
    assertThat(j.path("crashes")).isEmpty();
    assertThat(j.path("semaphoreWaits").path("reports").asInt()).isEqualTo(1);
    JsonNode h = j.path("hangVerdict");
    assertThat(h.path("uniqueId").asText()).isEqualTo("HANG|buf_pool->mutex|kernel_mutex");
    assertThat(h.path("verdict").asText()).isEqualTo("known");
    assertThat(h.path("matches").path(0).path("bug").asText()).isEqualTo("LP-1007268");
    assertThat(h.path("matches").path(0).path("kind").asText()).isEqualTo("structured");
    assertThat(h.path("summary").asText()).startsWith("LP-1007268: known");
  }

  @Test
  void textShowsTheHangSignatureAndVerdictAfterTheSemaphoreWaits() {
    assertThat(run("analyze", LP)).isZero();
    assertThat(out).contains("No crash found");
    int waits = out.indexOf("Long semaphore waits:");
    int hang = out.indexOf("Hang (long semaphore waits, no crash report after them):");
    assertThat(waits).isPositive();
    assertThat(hang).isGreaterThan(waits);
    assertThat(out.substring(hang))
        .contains("Signature:  HANG|buf_pool->mutex|kernel_mutex")
        .contains("Known bugs: LP-1007268: known")
        .contains("  - LP-1007268 (structured): ")
        .contains("https://bugs.launchpad.net/percona-server/+bug/1007268");
  }

  @Test
  void aHangMatchingNoEntryIsReportedAsANewHang() throws Exception {
    assertThat(run("analyze", CHESS)).isZero();
    assertThat(out).contains("Signature:  HANG|LOG_FILES").contains("Known bugs: new hang: matches no known bug");
    assertThat(run("analyze", "--json", CHESS)).isZero();
    JsonNode h = new ObjectMapper().readTree(out).path("hangVerdict");
    assertThat(h.path("verdict").asText()).isEqualTo("new");
    assertThat(h.path("matches")).isEmpty();
  }

  @Test
  void aWatchdogAbortWithItsCrashReportHasNoSeparateHangVerdict() throws Exception {
    // the dict_sys.latch abort is the crash; its verdict stays under crashes[].knownBugs
    assertThat(run("analyze", "--json", "samples/mariadb-10.11-full-error.log")).isZero();
    JsonNode j = new ObjectMapper().readTree(out);
    assertThat(j.has("hangVerdict")).isTrue();
    assertThat(j.path("hangVerdict").isNull()).isTrue();
    assertThat(j.path("crashes").path(0).path("knownBugs").path("uniqueId").asText()).startsWith("SIGABRT|");
    assertThat(run("analyze", "samples/mariadb-10.11-full-error.log")).isZero();
    assertThat(out).doesNotContain("Hang (");
  }
}
