package dev.mycrash.collect.locate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.errorlog.ErrorLogAnalyzer;
import dev.mycrash.errorlog.read.LogInput;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * collect's facts from the engine's one reading of real logs: /collect/logs (MariaDB 10.11 run
 * here, see its PROVENANCE.md), /errorlog/real (MySQL 5.7 docker-compose excerpt) and
 * /known-bugs/MYSQL-119667.log (MySQL 9.4 log published in the bug report). Expected values are
 * read off the logs by hand; line numbers are the file's.
 */
class LogFactsTest {
  private static final ZoneId UTC = ZoneId.of("UTC");

  static Path resource(String name) {
    try {
      return Path.of(LogFactsTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static LogFacts read(String name, ZoneId zone) throws Exception {
    try (LogInput in = LogInput.open(resource(name).toString(), InputStream.nullInputStream())) {
      return LogFacts.of(ErrorLogAnalyzer.analyze(in, ErrorLogAnalyzer.Options.of(false)), zone);
    }
  }

  static LogFacts read(byte[] bytes) {
    return LogFacts.of(ErrorLogAnalyzer.analyze(LogInput.ofStream("test", new ByteArrayInputStream(bytes)),
        ErrorLogAnalyzer.Options.of(false)), UTC);
  }

  @Test
  void udfSegvCrashHasPidTimeExeSignalAndQuery() throws Exception {
    LogFacts f = read("/collect/logs/udf_segv.log", UTC);
    assertThat(f.pid()).isEqualTo(7747L); // line 1: "Starting MariaDB ... as process 7747"
    assertThat(f.version()).isEqualTo("10.11.19-MariaDB-0+deb12u1");
    assertThat(f.crashTime()).isEqualTo(Instant.parse("2026-11-23T11:43:47Z"));
    assertThat(f.printedTime()).isEqualTo("261123 11:43:47");
    assertThat(f.exe()).isEqualTo("/usr/sbin/mariadbd");
    assertThat(f.signal()).isEqualTo(11);
    assertThat(f.assertion()).isNull();
    assertThat(f.query()).isEqualTo("SELECT id, v, crash_segv() FROM t1 WHERE id = 1");
    assertThat(f.sectionFirstLine()).isEqualTo(21);
    assertThat(f.section().get(0)).isEqualTo("261123 11:43:47 [ERROR] /usr/sbin/mariadbd got signal 11 ;");
    assertThat(f.section().get(f.section().size() - 1)).startsWith("Kernel version: Linux version 6.18.44-fc-v657");
    assertThat(f.mariadb()).isTrue();
  }

  @Test
  void oldMariadbStampsAreLocalTimeInTheGivenZone() throws Exception {
    LogFacts f = read("/collect/logs/udf_segv.log", ZoneId.of("Europe/Berlin")); // CET in November: UTC+1
    assertThat(f.crashTime()).isEqualTo(Instant.parse("2026-11-23T10:43:47Z"));
  }

  @Test
  void glibcAssertionLineOpensTheSection() throws Exception {
    LogFacts f = read("/collect/logs/udf_assert.log", UTC);
    assertThat(f.assertion()).isEqualTo("mariadbd: /tmp/crashlab/udf/crash_udf.c:13: crash_assert: Assertion `must_be_nonzero != 0' failed.");
    assertThat(f.sectionFirstLine()).isEqualTo(27);
    assertThat(f.section().get(1)).isEqualTo("261123 11:43:48 [ERROR] /usr/sbin/mariadbd got signal 6 ;");
    assertThat(f.signal()).isEqualTo(6);
    assertThat(f.pid()).isEqualTo(7824L);
  }

  @Test
  void fullLogGivesTheLastCrashNotTheCleanRestartAfterIt() throws Exception {
    LogFacts f = read("/collect/logs/full-error.log", UTC);
    assertThat(f.pid()).as("the crashed lifetime's (line 580), not the restart's 8247 (line 678)").isEqualTo(8116L);
    assertThat(f.crashTime()).isEqualTo(Instant.parse("2026-11-23T11:44:06Z"));
    assertThat(f.assertion()).startsWith("2026-11-23 11:44:06 0 [ERROR] [FATAL] InnoDB: innodb_fatal_semaphore_wait_threshold was exceeded");
    assertThat(f.sectionFirstLine()).isEqualTo(627);
    assertThat(f.section()).hasSize(676 - 627 + 1); // line 677 is blank, 678 the next start
    assertThat(f.query()).isNull();
    assertThat(f.analysis().lifetimes()).extracting(l -> l.pid()).containsExactly(8116L, 8247L);
  }

  @Test
  void aTailTooFarToCountLinesInNumbersTheSectionFromTheEnd() throws Exception {
    // countLimit 0: the engine does not count the lines before its tail, -1 is the last line (711)
    try (LogInput in = LogInput.open(resource("/collect/logs/full-error.log").toString(), InputStream.nullInputStream())) {
      LogFacts f = LogFacts.of(ErrorLogAnalyzer.analyze(in, new ErrorLogAnalyzer.Options(false, 1000, 0, 64 * 1024)), UTC);
      assertThat(f.sectionFirstLine()).isEqualTo(627 - 711 - 1);
      assertThat(f.section().get(0)).startsWith("2026-11-23 11:44:06 0 [ERROR] [FATAL] InnoDB:");
      assertThat(f.pid()).isEqualTo(8116L);
    }
  }

  @Test
  void stackOverflowLeavesNoReportOnlyTheLifetime() throws Exception {
    LogFacts f = read("/collect/logs/udf_stack.log", UTC);
    assertThat(f.hasCrash()).isFalse();
    assertThat(f.pid()).isEqualTo(8042L);
    assertThat(f.exe()).as("from line 21's ready line").isEqualTo("/usr/sbin/mariadbd");
    assertThat(f.section()).isEmpty();
    assertThat(f.sectionFirstLine()).isZero();
  }

  @Test
  void mysql9DatedHeaderWithTheExecutableFromTheReadyLine() throws Exception {
    LogFacts f = read("/known-bugs/MYSQL-119667.log", UTC);
    assertThat(f.pid()).as("the excerpt has no start line").isNull();
    assertThat(f.version()).isEqualTo("9.4.0-debug");
    assertThat(f.mariadb()).isFalse();
    assertThat(f.exe()).as("the header says only 'mysqld'; line 2 names the path").isEqualTo("/usr/local/mysql/bin/mysqld");
    assertThat(f.crashTime()).isEqualTo(Instant.parse("2026-01-13T11:35:44Z"));
    assertThat(f.signal()).isEqualTo(6);
    assertThat(f.assertion()).startsWith("2026-01-13T11:35:44.290093Z 10 [ERROR] [MY-013183] [InnoDB] Assertion failure: ddl0buffer.cc:197:");
    assertThat(f.sectionFirstLine()).isEqualTo(3);
    assertThat(f.section().get(8)).isEqualTo("2026-01-13T11:35:44Z UTC - mysqld got signal 6 ;");
  }

  @Test
  void mysql57HeaderWithoutADateGivesNoInstantButItsPrintedTime() throws Exception {
    LogFacts f = read("/errorlog/real/dockermysql-243-mysql57-compose-memmap.log", UTC);
    assertThat(f.crashTime()).isNull();
    assertThat(f.printedTime()).isEqualTo("08:43:36 UTC");
    assertThat(f.signal()).isEqualTo(6);
    assertThat(f.hasCrash()).isTrue();
    assertThat(f.sectionFirstLine()).isEqualTo(4);
    assertThat(f.section().get(0)).as("the compose prefix stripped").isEqualTo("08:43:36 UTC - mysqld got signal 6 ;");
    assertThat(f.pid()).isNull();
  }

  @Test
  void aTimeOfDayHeaderIsPlacedByTheRestartAfterIt() throws Exception {
    // line 4 "11:25:12 UTC - mysqld got signal 4 ;", line 39 "150803 14:25:12 mysqld_safe mysqld restarted" (Moscow, UTC+3)
    LogFacts f = read("/collect/logs/percona-5625-blog-restart.log", ZoneId.of("Europe/Moscow"));
    assertThat(f.crashTime()).isEqualTo(Instant.parse("2015-08-03T11:25:12Z"));
    assertThat(read("/collect/logs/percona-5625-blog-restart.log", UTC).crashTime())
        .as("a wrong local zone moves the restart by hours, not the crash by a day").isEqualTo(Instant.parse("2015-08-03T11:25:12Z"));
    assertThat(f.signal()).isEqualTo(4);
    assertThat(f.pid()).as("the crashed server's start is not in the excerpt (line 1 is its ready line)").isNull();
    assertThat(f.analysis().lifetimes()).extracting(l -> l.pid()).containsExactly(null, 10038L);
    assertThat(f.analysis().lifetimes().get(1).started()).isEqualTo("150803 14:25:12");
    assertThat(f.exe()).isEqualTo("/home/sveta/SharedData/Downloads/5.6.25/bin/mysqld");
  }

  @Test
  void aTimeOfDayHeaderIsPlacedByTheAssertionLineBeforeIt() throws Exception {
    // line 3 "2022-11-03 09:15:48 0x7fcb2eb43740  InnoDB: Assertion failure ..." (local: the container's UTC), line 12 "09:15:48 UTC - ..."
    LogFacts f = read("/errorlog/real/wandb-57docker-pthread-fatal.log", UTC);
    assertThat(f.crashTime()).isEqualTo(Instant.parse("2022-11-03T09:15:48Z"));
    assertThat(f.sectionFirstLine()).isEqualTo(3);
    // galera-382 line 1 "2016-01-05 15:48:57 7f57003cb700  InnoDB: Assertion failure" is UTC+3, line 10 "12:48:57 UTC"
    assertThat(read("/errorlog/real/galera-382-pxc56-assert.log", UTC).crashTime()).isEqualTo(Instant.parse("2016-01-05T12:48:57Z"));
  }

  @Test
  void crlfLineEndsGiveTheSameFacts() throws Exception {
    byte[] lf = Files.readAllBytes(resource("/collect/logs/udf_segv.log"));
    byte[] crlf = new String(lf, StandardCharsets.ISO_8859_1).replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    LogFacts a = read(lf);
    LogFacts b = read(crlf);
    assertThat(b).usingRecursiveComparison().ignoringFields("analysis").isEqualTo(a);
    assertThat(b.pid()).isEqualTo(7747L);
  }

  @Test
  void logCutOffInsideTheBacktraceStillGivesTheCrash() throws Exception {
    String text = Files.readString(resource("/collect/logs/udf_segv.log"), StandardCharsets.ISO_8859_1);
    String cut = text.substring(0, text.indexOf("_ZN4JOIN10exec_innerEv") + 10); // mid-line, as a full disk leaves it
    LogFacts f = read(cut.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(f.signal()).isEqualTo(11);
    assertThat(f.pid()).isEqualTo(7747L);
    assertThat(f.query()).isNull();
    assertThat(f.section().get(f.section().size() - 1)).isEqualTo("/usr/sbin/mariadbd(_ZN4JOIN10");
  }
}
