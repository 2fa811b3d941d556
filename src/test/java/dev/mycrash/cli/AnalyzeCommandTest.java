package dev.mycrash.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mycrash.Main;
import dev.mycrash.errorlog.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mycrash analyze} end to end through Main.run: exit codes, one-line errors, JSON contract, text report. */
class AnalyzeCommandTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(InputStream in, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(in, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  private static void oneLineError(Run r, String expected) {
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(expected + System.lineSeparator());
  }

  @Test
  void missingFile() {
    String f = tmp.resolve("nope.log").toString();
    oneLineError(run("analyze", f), "mycrash: " + f + ": no such file");
  }

  @Test
  void directory() {
    oneLineError(run("analyze", tmp.toString()), "mycrash: " + tmp + ": is a directory, not an error log");
  }

  @Test
  void noPermission() throws Exception {
    assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
    Path p = Files.writeString(tmp.resolve("secret.log"), "x\n");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
    oneLineError(run("analyze", p.toString()), "mycrash: " + p + ": permission denied");
  }

  @Test
  void emptyFileAndEmptyStdin() throws Exception {
    Path p = Files.createFile(tmp.resolve("empty.log"));
    oneLineError(run("analyze", p.toString()), "mycrash: " + p + ": empty file");
    oneLineError(run("analyze", "-"), "mycrash: stdin: empty input");
  }

  @Test
  void binaryFiles() throws Exception {
    Path elf = Files.write(tmp.resolve("core"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0});
    oneLineError(run("analyze", elf.toString()), "mycrash: " + elf + ": an ELF binary or core file, not an error log");
    byte[] noise = new byte[4096];
    new java.util.Random(1).nextBytes(noise);
    for (int i = 0; i < noise.length; i += 3) {
      noise[i] = 0;
    }
    Path bin = Files.write(tmp.resolve("data.bin"), noise);
    oneLineError(run("analyze", bin.toString()), "mycrash: " + bin + ": binary data, not a text error log");
    Path xz = Files.write(tmp.resolve("error.log.xz"), new byte[] {(byte) 0xfd, '7', 'z', 'X', 'Z', 0, 0, 4});
    assertThat(run("analyze", xz.toString()).err()).startsWith("mycrash: " + xz + ": xz-compressed;");
  }

  @Test
  void corruptGzip() throws Exception {
    Path gz = Files.write(tmp.resolve("error.log.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3});
    Run r = run("analyze", gz.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).startsWith("mycrash: " + gz + ": ").doesNotContain("\tat ").hasLineCount(1);
  }

  @Test
  void aLogWithNoServerStartAndNoCrashIsAnsweredHonestly() throws Exception {
    Path p = Files.writeString(tmp.resolve("notes.txt"), "just some text\nnothing about mysqld here\n");
    Run r = run("analyze", p.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("No crash found, and no server start or stop either.").contains("Server lifetimes: 0");
    Run j = run("analyze", "--all", "--json", p.toString());
    assertThat(j.out()).contains("\"lastCrash\" : null").contains("\"crashes\" : [ ]");
  }

  @Test
  void aReportWhoseHeaderIsMissingSaysTheSignalIsUnknown() {
    // dockermysql-807: InnoDB assertion at line 12, the excerpt ends before "got signal"
    Run r = run("analyze", Fixtures.path("real/dockermysql-807-mysql80-ddl-assert.log").toString());
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("signal:     unknown (the report's header is not in the log)")
        .contains("assertion:  ddl0buffer.cc:204: ptr < bounds.second")
        .doesNotContain("exception null");
  }

  @Test
  void unknownOptionOrASecondLogIsUsage() {
    Run r = run("analyze", "--nope", "x.log");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("Unknown option: '--nope'");
    assertThat(run("analyze", "a.log", "b.log").code()).isEqualTo(ExitCodes.USAGE); // one log at a time (no LOG: this host's, AnalyzeLocateTest)
  }

  @Test
  void manyCrashHeadersStayBoundedAndLinear() throws Exception {
    // 200,000 one-line crash reports (the benchmark script runs 10^6): --all keeps the newest 1000
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      sb.append("07:00:44 UTC - mysqld got signal 11 ;\n");
    }
    Path p = Files.writeString(tmp.resolve("headers.log"), sb);
    JsonNode all = new ObjectMapper().readTree(run("analyze", "--all", "--json", p.toString()).out());
    assertThat(all.get("crashes")).hasSize(1000);
    assertThat(all.get("crashesOmitted").asInt()).isEqualTo(199_000);
    assertThat(all.get("crashes").get(999).get("firstLine").asLong()).isEqualTo(200_000);
    JsonNode last = new ObjectMapper().readTree(run("analyze", "--json", p.toString()).out());
    assertThat(last.get("crashes")).hasSize(1);
    assertThat(last.get("crashes").get(0).get("firstLine").asLong()).isEqualTo(200_000);
  }

  @Test
  void jsonContractOnTheGeneratedLog() throws Exception {
    Run r = run("analyze", "--all", "--json", Fixtures.path(Fixtures.FULL).toString());
    assertThat(r.code()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("scope").asText()).isEqualTo("all");
    assertThat(j.get("server").get("product").asText()).isEqualTo("MariaDB");
    assertThat(j.get("server").get("version").asText()).isEqualTo("10.11.19-MariaDB-0+deb12u1");
    JsonNode l = j.get("lifetimes").get(7);
    for (String f : new String[] {"startLine", "readyLine", "version", "end", "endLine"}) {
      assertThat(l.has(f)).as(f).isTrue();
    }
    assertThat(l.get("end").asText()).isEqualTo("unclean-no-report");
    assertThat(l.get("pid").asLong()).as("line 558: Starting MariaDB ... as process 8042").isEqualTo(8042);
    assertThat(l.get("program").asText()).isEqualTo("/usr/sbin/mariadbd");
    assertThat(l.get("started").asText()).isEqualTo("2026-11-23 11:43:50"); // line 558
    JsonNode c = j.get("crashes").get(7);
    for (String f : new String[] {"firstLine", "lastLine", "time", "signal", "signalName", "product", "version", "buildId",
        "assertion", "connectionId", "status", "query", "hangAbort", "frames"}) {
      assertThat(c.has(f)).as(f).isTrue();
    }
    assertThat(c.get("hangAbort").asBoolean()).isTrue();
    assertThat(c.get("hangLatch").asText()).isEqualTo("dict_sys.latch");
    assertThat(c.get("assertion").isNull()).isTrue();
    JsonNode frame = c.get("frames").get(0);
    for (String f : new String[] {"raw", "module", "symbol", "function", "offset", "address", "file", "line", "handler"}) {
      assertThat(frame.has(f)).as(f).isTrue();
    }
    assertThat(frame.get("handler").asBoolean()).isTrue();
    assertThat(j.get("lastCrash").asInt()).isEqualTo(7);
    JsonNode s = j.get("semaphoreWaits");
    for (String f : new String[] {"reports", "maxSeconds", "watchdogAbort", "latches", "blockers"}) {
      assertThat(s.has(f)).as(f).isTrue();
    }
    JsonNode a = j.get("crashes").get(4).get("assertion");
    assertThat(a.get("file").asText()).isEqualTo("/tmp/crashlab/udf/crash_udf.c");
    assertThat(a.get("line").asInt()).isEqualTo(13);
    assertThat(a.get("expression").asText()).isEqualTo("must_be_nonzero != 0");
  }

  @Test
  void stdinDash() throws Exception {
    byte[] log = Files.readAllBytes(Fixtures.path("real/trellix-551-sig11.log"));
    Run r = run(new ByteArrayInputStream(log), "analyze", "--json", "-");
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("crashes").get(0).get("signal").asInt()).isEqualTo(11);
    assertThat(j.get("source").asText()).isEqualTo("stdin");
  }

  @Test
  void textReportFitsATerminalAndMarksHandlerFrames() {
    Run r = run("analyze", "--raw", Fixtures.path(Fixtures.FULL).toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Server: MariaDB 10.11.19-MariaDB-0+deb12u1")
        .contains("signal 6 (SIGABRT)")
        .contains("hang abort: InnoDB watchdog killed a hung server (dict_sys.latch)")
        .contains("h  0 my_print_stacktrace")
        .contains("    628| 261123 11:44:06 [ERROR] /usr/sbin/mariadbd got signal 6 ;");
    String beforeRaw = r.out().substring(r.out().indexOf('\n') + 1, r.out().indexOf("Crash report as logged:"));
    // at most 80 columns, except one word longer than a line (the MariaDB fault-finding URL), kept whole to copy
    assertThat(beforeRaw.lines()).allSatisfy(line -> assertThat(line.length() <= 80 || !line.strip().contains(" "))
        .as(line).isTrue());
    assertThat(r.out()).contains("\n              https://mariadb.com/docs/server/reference/product-development/"
        + "mariadb-fault-finding/how-to-produce-a-full-stack-trace-for-mariadbd\n");
  }

  @Test
  void semaphoreWaitsAreToldInWords() {
    // real MariaDB 10.5 compose log (azuracast #4019): two long-wait reports, the rw-lock held by one thread
    Run r = run("analyze", "src/test/resources/corpus/real/azuracast-4019-mariadb105-compose-semaphore.log");
    assertThat(r.out()).contains("Long semaphore waits: 2 reports, longest 244 s\n",
        "  mutex LOCK_SYS created at lock0lock.cc:461: 1 wait, longest 244 s\n",
        "  rw-lock 0x7f574c004478 created at buf0buf.cc:1221: 1 wait, longest 244 s, held by thread 140012871993088\n",
        "  blocker: thread 140012871993088 holds 0x7f574c004478 (locked at row0row.cc:1301), 1 waiting\n");
    Run full = run("analyze", Fixtures.path(Fixtures.FULL).toString());
    assertThat(full.out()).contains("Long semaphore waits: none reported; the InnoDB watchdog aborted the server\n",
        "  latch dict_sys.latch: named by the watchdog abort only\n").doesNotContain("null").doesNotContain("[]");
  }

  @Test
  void aPastedInnodbStatusShowsItsWaitsAndBlockers() {
    // SEMAPHORES cells of a MySQL 5.6.30 SHOW ENGINE INNODB STATUS (debugease 4455919): four rw-lock waits, no report header
    Run r = run("analyze", "src/test/resources/semaphore/debugease-4455919-mysql5630-semaphores.txt");
    assertThat(r.out()).contains("Long semaphore waits: 4 in InnoDB status output (SEMAPHORES), longest 7 s\n",
        "  rw-lock 0x7f6133d93840 created at buf0buf.cc:1069: 1 wait, longest 7 s, held by thread 140053336614656\n",
        "  blocker: thread 140053336614656 holds 0x7f6133d93840 (locked at buf0buf.cc:3691), 1 waiting\n");
  }
}
