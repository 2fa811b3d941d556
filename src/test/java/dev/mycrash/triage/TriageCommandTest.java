package dev.mycrash.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mycrash.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mycrash triage} end to end, in-process, over the real generated-here error logs. */
class TriageCommandTest {
  @TempDir Path tmp;
  String out;
  String err;

  static Path corpus() throws URISyntaxException {
    return Paths.get(TriageCommandTest.class.getResource("/knownbugs/generated-here").toURI());
  }

  int run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8), args);
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
    return code;
  }

  Path emptyDb() throws IOException {
    return Files.createDirectories(tmp.resolve("kb"));
  }

  @Test
  void newCrashesExitThreeAndAreGroupedBySignature() throws Exception {
    int code = run("triage", "--known-bugs", emptyDb().toString(), corpus().toString());
    assertThat(code).as(err).isEqualTo(3);
    // 9 crash reports in 10 logs (udf_stack.log has none); udf_assert and its no-libc6-dbg twin share one signature
    assertThat(out).startsWith("9 crashes in 10 files, 8 signatures: 8 new, 0 regression, 0 known");
    assertThat(out).contains("NEW        x2    must_be_nonzero != 0|SIGABRT|crash_assert|Item_func_udf_int::val_int");
    assertThat(out).contains("udf_assert.log:28, ").contains("udf_assert.without-libc6-dbg.log:28");
  }

  @Test
  void knownCrashesExitZero() throws Exception {
    Path db = emptyDb();
    // one open test entry that matches every crash of the corpus: all are MariaDB 10.11.19 crashes with a signal
    for (int sig : new int[] {6, 7, 8, 11}) {
      Files.writeString(db.resolve("TEST-" + sig + ".yaml"), """
          id: TEST-%d
          title: "every signal-%d crash (test entry)"
          url: https://example.org/TEST-%d
          products: [MariaDB]
          status: open
          match:
            signal: %d
          source: "TriageCommandTest"
          """.formatted(sig, sig, sig, sig));
    }
    assertThat(run("triage", "--known-bugs", db.toString(), corpus().toString())).as(err).isZero();
    assertThat(out).startsWith("9 crashes in 10 files, 8 signatures: 0 new, 0 regression, 8 known");
  }

  @Test
  void theSameCrashOnANewerVersionThanTheFixIsARegression() throws Exception {
    Path db = emptyDb();
    Files.writeString(db.resolve("TEST-1.yaml"), """
        id: TEST-1
        title: "the udf_fpe crash, as if fixed in 10.11.20 (test entry)"
        url: https://example.org/TEST-1
        products: [MariaDB]
        status: fixed
        versions: [{line: "10.11", fixed: "10.11.20"}]
        match:
          signal: 8
          frames: [crash_fpe]
        source: "TriageCommandTest"
        """);
    String log = Files.readString(corpus().resolve("udf_fpe.log"));
    Path old = Files.writeString(tmp.resolve("old.log"), log);
    Path upgraded = Files.writeString(tmp.resolve("new.log"), log.replace("10.11.19-MariaDB", "10.11.21-MariaDB"));
    assertThat(run("triage", "--known-bugs", db.toString(), old.toString())).isZero();
    assertThat(out).contains("TEST-1: known, fixed in 10.11.20: upgrade");
    assertThat(run("triage", "--known-bugs", db.toString(), old.toString(), upgraded.toString())).isEqualTo(3);
    assertThat(out).startsWith("2 crashes in 2 files, 1 signature: 0 new, 1 regression, 0 known");
    assertThat(out).contains("TEST-1: regression or a different bug: TEST-1 was fixed in 10.11.20, this server runs 10.11.21");
  }

  @Test
  void junitOutputIsValidAgainstTheJunitSchema() throws Exception {
    Path xml = tmp.resolve("triage.xml");
    run("triage", "--known-bugs", emptyDb().toString(), "--junit", xml.toString(), corpus().toString());
    var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(getClass().getResource("/triage/junit-10.xsd"));
    assertThatCode(() -> schema.newValidator().validate(new StreamSource(xml.toFile()))).doesNotThrowAnyException();
    String text = Files.readString(xml);
    assertThat(text).contains("tests=\"8\"").contains("failures=\"8\"");
    assertThat(text).contains("<testcase classname=\"mycrash.triage\" name=\"SIGFPE|crash_fpe|");
    assertThat(text).contains("<failure type=\"new\" message=\"new: matches no known bug\">");
  }

  @Test
  void aBrokenJunitFileFailsTheSchemaCheck() throws Exception {
    Path xml = tmp.resolve("bad.xml");
    Files.writeString(xml, "<testsuites><testsuite name=\"x\" tests=\"1\"><testcase/></testsuite></testsuites>");
    var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(getClass().getResource("/triage/junit-10.xsd"));
    assertThatCode(() -> schema.newValidator().validate(new StreamSource(xml.toFile())))
        .hasMessageContaining("failures");
  }

  @Test
  void jsonOutputCarriesSignaturesAndVerdicts() throws Exception {
    run("triage", "--json", "--known-bugs", emptyDb().toString(), corpus().resolve("udf_segv.log").toString());
    JsonNode j = new ObjectMapper().readTree(out);
    assertThat(j.get("crashes").asInt()).isEqualTo(1);
    JsonNode g = j.get("groups").get(0);
    assertThat(g.get("verdict").asText()).isEqualTo("new");
    assertThat(g.get("uniqueId").asText()).isEqualTo(
        "SIGSEGV|crash_segv|Item_func_udf_int::val_int|Type_handler::Item_send_longlong|Protocol::send_result_set_row");
    assertThat(g.get("hash").asText()).hasSize(16);
    assertThat(g.get("examples").get(0).asText()).endsWith("udf_segv.log:21");
  }

  @Test
  void registryKeepsFirstSeenAndCountsAcrossRuns() throws Exception {
    Path reg = tmp.resolve("registry.json");
    String log = corpus().resolve("udf_fpe.log").toString();
    run("triage", "--registry", reg.toString(), "--known-bugs", emptyDb().toString(), log);
    JsonNode first = new ObjectMapper().readTree(reg.toFile());
    run("triage", "--registry", reg.toString(), "--known-bugs", emptyDb().toString(), log, log);
    JsonNode second = new ObjectMapper().readTree(reg.toFile());
    String hash = first.fieldNames().next();
    assertThat(second.get(hash).get("count").asLong()).isEqualTo(3);
    assertThat(second.get(hash).get("firstSeen").asText()).isEqualTo(first.get(hash).get("firstSeen").asText());
    assertThat(out).contains("3 times in all runs");
    try (var s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void aMissingInputIsOneLineAndExitOne() throws Exception {
    assertThat(run("triage", tmp.resolve("nope.log").toString())).isEqualTo(1);
    assertThat(err).isEqualTo("mycrash: " + tmp.resolve("nope.log") + ": no such file or directory" + System.lineSeparator());
  }

  @Test
  void aCorruptRegistryIsBadInput() throws Exception {
    Path reg = Files.writeString(tmp.resolve("r.json"), "[not a registry");
    assertThat(run("triage", "--registry", reg.toString(), corpus().resolve("udf_fpe.log").toString())).isEqualTo(1);
    assertThat(err).startsWith("mycrash: " + reg + ": not a mycrash registry");
  }

  @Test
  void theRetiredParserOptionIsAUsageError() throws Exception {
    assertThat(run("triage", "--known-bugs", emptyDb().toString(), corpus().toString())).as(err).isEqualTo(3);
    assertThat(out).startsWith("9 crashes in 10 files, 8 signatures: 8 new, 0 regression, 0 known");
    assertThat(run("triage", "--parser", "engine", corpus().toString())).isEqualTo(2); // one reader: the error-log engine
    assertThat(err).contains("--parser");
  }

  @Test
  void noPathIsAUsageError() {
    assertThat(run("triage")).isEqualTo(2);
  }
}
