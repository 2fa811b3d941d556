package dev.mycrash.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The checks themselves: a contract-shaped answer for udf_segv.log (written by hand from the log)
 * passes, and each single wrong fact in it fails with a message naming the fact.
 */
class ExpectationCheckTest {
  private static final String ANSWER =
      """
      {"scope":"all","server":{"product":"MariaDB","version":"10.11.19-MariaDB-0+deb12u1"},
       "lifetimes":[{"startLine":1,"readyLine":19,"version":"10.11.19-MariaDB-0+deb12u1","end":"crash","endLine":86,"pid":7747}],
       "crashes":[{"firstLine":21,"lastLine":86,"time":"261123 11:43:47","signal":11,"signalName":"SIGSEGV",
         "product":"MariaDB","version":"10.11.19-MariaDB-0+deb12u1","buildId":null,"assertion":null,
         "connectionId":9,"status":"NOT_KILLED","query":"SELECT id, v, crash_segv() FROM t1 WHERE id = 1",
         "hangAbort":false,"frames":[
          {"raw":"/usr/sbin/mariadbd(my_print_stacktrace+0x2e)[0x56433eb7787e]","module":"/usr/sbin/mariadbd",
           "symbol":"my_print_stacktrace","function":"my_print_stacktrace","offset":"0x2e","address":"0x56433eb7787e",
           "file":null,"line":null,"handler":true},
          {"raw":"libc_sigaction.c:0(__restore_rt)[0x7f22ac05a050]","module":null,"symbol":"__restore_rt",
           "function":"__restore_rt","offset":null,"address":"0x7f22ac05a050","file":"libc_sigaction.c","line":0,
           "handler":true},
          {"raw":"udf/crash_udf.c:10(crash_segv)[0x7f22acd70160]","module":null,"symbol":"crash_segv",
           "function":"crash_segv","offset":null,"address":"0x7f22acd70160","file":"udf/crash_udf.c","line":10,
           "handler":false}]}],
       "lastCrash":0,
       "semaphoreWaits":{"reports":0,"maxSeconds":0,"watchdogAbort":false,"latches":[],"blockers":[]}}
      """;

  private static JsonNode expectation() {
    return Fixture.load(Fixture.root().resolve("generated-here/mariadb-10.11.19-debian12/errorlog/udf_segv.log"))
        .expectation();
  }

  private static void check(JsonNode actual) {
    SoftAssertions soft = new SoftAssertions();
    ExpectationCheck.check(soft, "udf_segv.log", expectation(), actual);
    soft.assertAll();
  }

  private static ObjectNode answer() throws Exception {
    return (ObjectNode) Fixture.JSON.readTree(ANSWER);
  }

  private static ObjectNode crash(ObjectNode answer) {
    return (ObjectNode) answer.get("crashes").get(0);
  }

  @Test
  void aContractShapedRightAnswerPasses() throws Exception {
    check(answer());
  }

  @Test
  void aWrongSignalFailsNamingTheFact() throws Exception {
    ObjectNode a = answer();
    crash(a).put("signal", 6);
    assertThatThrownBy(() -> check(a)).hasMessageContaining("udf_segv.log: crash[0]: signal");
  }

  @Test
  void aWrongPidFailsNamingTheFact() throws Exception {
    ObjectNode a = answer();
    ((ObjectNode) a.get("lifetimes").get(0)).put("pid", 7748);
    assertThatThrownBy(() -> check(a)).hasMessageContaining("udf_segv.log: lifetime[0]: pid");
  }

  @Test
  void aHandlerFrameReportedAsTopFrameFails() throws Exception {
    ObjectNode a = answer();
    ((ObjectNode) crash(a).get("frames").get(1)).put("handler", false);
    assertThatThrownBy(() -> check(a)).hasMessageContaining("top non-handler frame function");
  }

  @Test
  void aBlockThatMissesTheSignalLineFails() throws Exception {
    ObjectNode a = answer();
    crash(a).put("firstLine", 22);
    assertThatThrownBy(() -> check(a)).hasMessageContaining("holds the 'got signal' line 21");
  }

  @Test
  void aWrongLifetimeEndFails() throws Exception {
    ObjectNode a = answer();
    ((ObjectNode) a.get("lifetimes").get(0)).put("end", "running");
    assertThatThrownBy(() -> check(a)).hasMessageContaining("lifetime[0]: end");
  }

  @Test
  void aMissingQueryFails() throws Exception {
    ObjectNode a = answer();
    crash(a).putNull("query");
    assertThatThrownBy(() -> check(a)).hasMessageContaining("crash[0]: query");
  }

  @Test
  void anUnassertedLeadingLifetimeIsIgnoredButAnExtraLaterOneIsNot() throws Exception {
    ObjectNode lead = answer();
    ObjectNode extra = lead.deepCopy();
    ((com.fasterxml.jackson.databind.node.ArrayNode) extra.get("lifetimes"))
        .add(Fixture.JSON.readTree("{\"startLine\":80,\"end\":\"running\"}"));
    assertThatThrownBy(() -> check(extra)).hasMessageContaining("lifetime count");
    assertThat(LifetimeCheck.withoutUnassertedLead(
            AnalyzeRun.items(Fixture.JSON.readTree("{\"lifetimes\":[{\"startLine\":11,\"end\":\"x\"}]}"), "lifetimes"),
            AnalyzeRun.items(Fixture.JSON.readTree("{\"lifetimes\":[{\"startLine\":1},{\"startLine\":11}]}"), "lifetimes")))
        .hasSize(1);
  }

  @Test
  void theCutFallsInsideTheLastNonBlankLine() {
    Variants.Cut c = Variants.cutPoint("a\nfirst line\n0123456789\n\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(c.line()).isEqualTo(3);
    assertThat(c.keptText()).isEqualTo("012345");
    assertThat(c.keptBytes()).isEqualTo("a\nfirst line\n012345".length());
  }
}
