package dev.mycrash.semaphore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.errorlog.LogLine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MariaDB 10.6+ warns at 1/4, 1/2 and 3/4 of the threshold before the abort. No published log in
 * reach carries these warnings, so the warning text is the one shown in
 * {@code reference/error-log-formats.md} §6.2 (read from {@code srv0srv.cc}: {@code ib::warn() <<
 * "Long wait (" << waited << " seconds) for dict_sys.latch"}) with the 10.x line prefix, followed by
 * the real fatal line of the generated crash.
 */
class LongWaitTest {

  @Test
  void warningsCountAsReportsOnTheNamedLatchThenTheAbort() {
    List<LogLine> lines = List.of(
        new LogLine(10, "2026-11-23 11:40:06 0 [Warning] InnoDB: Long wait (150 seconds) for dict_sys.latch"),
        new LogLine(11, "2026-11-23 11:42:36 0 [Warning] InnoDB: Long wait (300 seconds) for dict_sys.latch"),
        new LogLine(12, "2026-11-23 11:45:06 0 [Warning] InnoDB: Long wait (450 seconds) for dict_sys.latch"),
        new LogLine(48, "2026-11-23 11:47:36 0 [ERROR] [FATAL] InnoDB: innodb_fatal_semaphore_wait_threshold was"
            + " exceeded for dict_sys.latch. Please refer to https://mariadb.com/kb/en/how-to-produce-a-full-stack-trace-for-mysqld/"));
    SemaphoreSummary s = Fixtures.collect(lines);
    assertThat(s.reports()).isEqualTo(3);
    assertThat(s.maxSeconds()).isEqualTo(450.0);
    assertThat(s.watchdogAbort()).isTrue();
    assertThat(s.latches()).singleElement().satisfies(l -> {
      assertThat(l.kind()).isEqualTo("latch");
      assertThat(l.name()).isEqualTo("dict_sys.latch");
      assertThat(l.waits()).isEqualTo(3);
      assertThat(l.maxSeconds()).isEqualTo(450.0);
      assertThat(l.firstLine()).isEqualTo(10);
      assertThat(l.lastLine()).isEqualTo(48);
      assertThat(l.firstTime()).isEqualTo("2026-11-23 11:40:06");
      assertThat(l.lastTime()).isEqualTo("2026-11-23 11:47:36");
    });
  }

  @Test
  void theSentenceTheSourceDoesNotPrintIsNotAWarning() {
    // reference §6.2: "A long wait (N seconds) was observed for dict_sys.latch" does not occur
    assertThat(ReportLines.longWait("InnoDB: A long wait (150 seconds) was observed for dict_sys.latch")).isNull();
    assertThat(ReportLines.longWait("[Warning] InnoDB: Long wait (150 seconds) for dict_sys.latch"))
        .isEqualTo(new ReportLines.LongWait("dict_sys.latch", 150));
  }
}
