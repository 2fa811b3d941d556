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

/** analyze shows each crash's signature and what the known-bug database says of it (issue 5, item 6). */
class AnalyzeKnownBugsTest {
  private String out;

  private int run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), args);
    out = o.toString(StandardCharsets.UTF_8);
    return code;
  }

  @Test
  void aCuratedBugIsNamedWithItsFixedVersion() throws Exception {
    // the InnoDB assertion of MDEV-18966, fixed in 10.3.14 (known-bugs/MDEV-18966.yaml); no version in the excerpt
    assertThat(run("analyze", "--json", "src/test/resources/known-bugs/MDEV-18966.log")).isZero();
    JsonNode last = new ObjectMapper().readTree(out).path("crashes").path(0).path("knownBugs");
    assertThat(last.path("uniqueId").asText()).isEqualTo("undo == update || undo == temp|SIGABRT");
    assertThat(last.path("verdict").asText()).isEqualTo("known");
    assertThat(last.path("matches").path(0).path("bug").asText()).isEqualTo("MDEV-18966");
    assertThat(last.path("matches").path(0).path("kind").asText()).isEqualTo("structured");
    assertThat(last.path("summary").asText()).contains("fixed in 10.3.14");
  }

  @Test
  void theTextReportEndsWithTheSignatureAndVerdict() {
    assertThat(run("analyze", "samples/mariadb-10.11-full-error.log")).isZero();
    assertThat(out).contains("Signature:  SIGABRT|tpool::thread_pool_generic::timer_generic::execute|tpool::task::execute|")
        .contains("Known bugs: new: matches no known bug");
  }

  @Test
  void everyCrashOfAllScopeCarriesASignature() throws Exception {
    assertThat(run("analyze", "--all", "--json", "samples/mariadb-10.11-full-error.log")).isZero();
    JsonNode crashes = new ObjectMapper().readTree(out).path("crashes");
    assertThat(crashes).hasSize(8);
    // udf_segv: signal 11 in crash_segv called from the UDF item (worked out from lines of the log by mariadb-qa's rules)
    assertThat(crashes.path(3).path("knownBugs").path("uniqueId").asText())
        .isEqualTo("SIGSEGV|crash_segv|Item_func_udf_int::val_int|Type_handler::Item_send_longlong|Protocol::send_result_set_row");
    assertThat(crashes.path(3).path("knownBugs").path("hash").asText()).matches("[0-9a-f]{16}");
  }
}
