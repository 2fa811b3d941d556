package dev.mycrash.collect.locate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LogScannerTest {
  private static final LogScanner UTC = new LogScanner(ZoneId.of("UTC"));

  static LogFacts scan(String name) throws Exception {
    try (InputStream in = LogScannerTest.class.getResourceAsStream("/collect/logs/" + name)) {
      return UTC.scan(in);
    }
  }

  @Test
  void udfSegvCrashHasPidTimeExeSignalAndQuery() throws Exception {
    LogFacts f = scan("udf_segv.log");
    assertThat(f.pid()).isEqualTo(7747L);
    assertThat(f.version()).isEqualTo("10.11.19-MariaDB-0+deb12u1");
    assertThat(f.crashTime()).isEqualTo(Instant.parse("2026-11-23T11:43:47Z"));
    assertThat(f.exe()).isEqualTo("/usr/sbin/mariadbd");
    assertThat(f.signal()).isEqualTo(11);
    assertThat(f.assertion()).isNull();
    assertThat(f.query()).isEqualTo("SELECT id, v, crash_segv() FROM t1 WHERE id = 1");
    assertThat(f.sectionFirstLine()).isEqualTo(21);
    assertThat(f.section().get(0)).isEqualTo("261123 11:43:47 [ERROR] /usr/sbin/mariadbd got signal 11 ;");
    assertThat(f.section().get(f.section().size() - 1)).startsWith("Kernel version: Linux version 6.18.44-fc-v657");
  }

  @Test
  void glibcAssertionLineOpensTheSection() throws Exception {
    LogFacts f = scan("udf_assert.log");
    assertThat(f.assertion()).isEqualTo("mariadbd: /tmp/crashlab/udf/crash_udf.c:13: crash_assert: Assertion `must_be_nonzero != 0' failed.");
    assertThat(f.sectionFirstLine()).isEqualTo(27);
    assertThat(f.signal()).isEqualTo(6);
  }

  @Test
  void fullLogGivesTheLastCrashNotTheCleanRestartAfterIt() throws Exception {
    LogFacts f = scan("full-error.log");
    assertThat(f.pid()).isEqualTo(8116L);
    assertThat(f.crashTime()).isEqualTo(Instant.parse("2026-11-23T11:44:06Z"));
    assertThat(f.assertion()).startsWith("2026-11-23 11:44:06 0 [ERROR] [FATAL] InnoDB: innodb_fatal_semaphore_wait_threshold was exceeded");
    assertThat(f.sectionFirstLine()).isEqualTo(627);
    assertThat(f.section()).hasSize(676 - 627 + 1); // line 677 is blank, trailing blanks dropped
    assertThat(f.query()).isNull();
  }

  @Test
  void stackOverflowLeavesNoReportOnlyTheLifetime() throws Exception {
    LogFacts f = scan("udf_stack.log");
    assertThat(f.hasCrash()).isFalse();
    assertThat(f.pid()).isEqualTo(8042L);
    assertThat(f.exe()).isEqualTo("/usr/sbin/mariadbd");
    assertThat(f.section()).isEmpty();
  }

  @Test
  void mysql8FormsAreRead() throws Exception {
    String log = "2024-09-07T15:30:13.229030Z 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.4.2) starting as process 1\n"
        + "2024-09-07T15:30:14.000000Z 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.4.2'\n"
        + "2024-09-07T15:31:00Z UTC - mysqld got signal 6 ;\n";
    LogFacts f = UTC.scan(new java.io.ByteArrayInputStream(log.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(f.pid()).isEqualTo(1L);
    assertThat(f.version()).isEqualTo("8.4.2");
    assertThat(f.mariadb()).isFalse();
    assertThat(f.exe()).isEqualTo("/usr/sbin/mysqld");
    assertThat(f.crashTime()).isEqualTo(Instant.parse("2024-09-07T15:31:00Z"));
  }

  @Test
  void crlfLineEndsGiveTheSameFacts() throws Exception {
    byte[] lf;
    try (InputStream in = LogScannerTest.class.getResourceAsStream("/collect/logs/udf_segv.log")) {
      lf = in.readAllBytes();
    }
    byte[] crlf = new String(lf, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\n", "\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    LogFacts a = scan("udf_segv.log");
    LogFacts b = UTC.scan(new java.io.ByteArrayInputStream(crlf));
    assertThat(b).isEqualTo(a);
  }

  @Test
  void logCutOffInsideTheBacktraceStillGivesTheCrash() throws Exception {
    byte[] all;
    try (InputStream in = LogScannerTest.class.getResourceAsStream("/collect/logs/udf_segv.log")) {
      all = in.readAllBytes();
    }
    String text = new String(all, java.nio.charset.StandardCharsets.ISO_8859_1);
    String cut = text.substring(0, text.indexOf("_ZN4JOIN10exec_innerEv") + 10); // mid-line, as a full disk leaves it
    LogFacts f = UTC.scan(new java.io.ByteArrayInputStream(cut.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
    assertThat(f.signal()).isEqualTo(11);
    assertThat(f.pid()).isEqualTo(7747L);
    assertThat(f.query()).isNull();
    assertThat(f.section().get(f.section().size() - 1)).isEqualTo("/usr/sbin/mariadbd(_ZN4JOIN10");
  }
}
