package dev.mycrash.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mycrash.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code mycrash triage} over real logs with long semaphore waits and no crash report: each is a
 * record of kind hang with its signature and verdict, whichever reader is used. LP-1007268.log
 * (Percona Server 5.5.23, kernel_mutex: a curated entry), chessdata-38 (MySQL 8.4.2, LOG_FILES:
 * no entry) and azuracast-4019 (MariaDB 10.5.9 behind a docker-compose prefix: LOCK_SYS and an
 * RW-latch created in buf0buf.cc; no entry).
 */
class TriageHangTest {
  static final String LP = "src/test/resources/known-bugs/LP-1007268.log";
  static final String CHESS = "src/test/resources/corpus/real/chessdata-38-mysql842-semaphore.log";
  static final String AZURA = "src/test/resources/corpus/real/azuracast-4019-mariadb105-compose-semaphore.log";
  @TempDir Path tmp;
  String out;
  String err;

  int run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8), args);
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
    return code;
  }

  @Test
  void aKnownHangAloneExitsZero() throws Exception {
    assertThat(run("triage", "--json", "--known-bugs", "known-bugs", LP)).as(err).isZero();
    JsonNode j = new ObjectMapper().readTree(out);
    assertThat(j.path("crashes").asInt()).isZero();
    assertThat(j.path("hangs").asInt()).isEqualTo(1);
    JsonNode g = j.path("groups").path(0);
    assertThat(g.path("kind").asText()).isEqualTo("hang");
    assertThat(g.path("uniqueId").asText()).isEqualTo("HANG|buf_pool->mutex|kernel_mutex");
    assertThat(g.path("verdict").asText()).isEqualTo("known");
    assertThat(g.path("matches").path(0).path("bug").asText()).isEqualTo("LP-1007268");
    // the first latch is named in the cell that starts at line 2 ("--Thread 1264978240 has waited at buf0flu.c ...")
    assertThat(g.path("examples").path(0).asText()).endsWith("LP-1007268.log:2");
  }

  @Test
  void aNewHangIsNotDroppedAndExitsThree() throws Exception {
    assertThat(run("triage", "--known-bugs", "known-bugs", CHESS)).as(err).isEqualTo(3);
    assertThat(out).startsWith("0 crashes and 1 hang in 1 file, 1 signature: 1 new, 0 regression, 0 known");
    assertThat(out).contains("NEW        x1    HANG|LOG_FILES")
        .contains("hang: long semaphore waits, no crash report")
        .contains("new hang: matches no known bug")
        .contains("chessdata-38-mysql842-semaphore.log:12");
  }

  @Test
  void threeHangLogsGiveThreeHangGroups() throws Exception {
    assertThat(run("triage", "--json", "--known-bugs", "known-bugs", LP, CHESS, AZURA)).isEqualTo(3);
    var j = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out);
    assertThat(j.path("crashes").asInt()).isZero();
    assertThat(j.path("hangs").asInt()).isEqualTo(3);
    assertThat(out).contains("\"uniqueId\" : \"HANG|LOCK_SYS|rw-lock@buf0buf.cc\"", "\"uniqueId\" : \"HANG|LOG_FILES\"",
        "\"uniqueId\" : \"HANG|buf_pool->mutex|kernel_mutex\"");
  }

  @Test
  void hangsAndCrashesAreCountedApart() throws Exception {
    Path crashes = Path.of(getClass().getResource("/knownbugs/generated-here").toURI());
    Path kb = Files.createDirectories(tmp.resolve("kb"));
    assertThat(run("triage", "--known-bugs", kb.toString(), crashes.toString(), CHESS)).isEqualTo(3);
    // 9 crash reports in the 10 generated logs (see TriageCommandTest) and the LOG_FILES hang: 8 + 1 signatures
    assertThat(out).startsWith("9 crashes and 1 hang in 11 files, 9 signatures: 9 new, 0 regression, 0 known");
  }

  @Test
  void junitHasATestcasePerHangFailingOnlyForTheNewOne() throws Exception {
    Path xml = tmp.resolve("triage.xml");
    assertThat(run("triage", "--junit", xml.toString(), "--known-bugs", "known-bugs", LP, CHESS)).isEqualTo(3);
    var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(getClass().getResource("/triage/junit-10.xsd"));
    schema.newValidator().validate(new StreamSource(xml.toFile()));
    NodeList cases = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile())
        .getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(2);
    Element newHang = (Element) cases.item(0);
    assertThat(newHang.getAttribute("name")).isEqualTo("HANG|LOG_FILES");
    Element failure = (Element) newHang.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("new");
    assertThat(failure.getTextContent()).startsWith("1 hang (long semaphore waits, no crash report), hash ");
    Element known = (Element) cases.item(1);
    assertThat(known.getAttribute("name")).isEqualTo("HANG|buf_pool->mutex|kernel_mutex");
    assertThat(known.getElementsByTagName("failure").getLength()).isZero();
  }
}
