package dev.mycrash.semaphore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.errorlog.LogLine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * After a report the server prints the InnoDB monitor, whose SEMAPHORES section lists every
 * waiting cell again (reference §6.1). The fixture is cut right at that section, so the copy is
 * built from the fixture's own cell lines placed where the monitor prints them.
 */
class MonitorCopyTest {

  private static List<LogLine> chessdataWithSemaphoresSection(String... extra) {
    List<LogLine> lines = new ArrayList<>(Fixtures.plain("chessdata-38-mysql842-semaphore.log"));
    List<String> copy = new ArrayList<>(List.of(
        "--Thread 134534324553280 has waited at log0meb.cc line 1783 for 8020 seconds the semaphore:",
        "Mutex at 0x7a5bc482f440, Mutex LOG_FILES created log0log.cc:642, locked by 134534446188096"));
    copy.addAll(List.of(extra));
    for (String text : copy) {
      lines.add(new LogLine(lines.size() + 1, text));
    }
    return lines;
  }

  @Test
  void theMonitorsCopyOfAReportedWaitIsNotASecondWait() {
    SemaphoreSummary s = Fixtures.collect(chessdataWithSemaphoresSection());
    assertThat(s.reports()).isEqualTo(1);
    assertThat(s.statusCells()).isEqualTo(1);
    assertThat(s.maxSeconds()).isEqualTo(8020.0);
    assertThat(s.latches()).singleElement().satisfies(l -> {
      assertThat(l.waits()).isEqualTo(1);
      assertThat(l.maxSeconds()).isEqualTo(8020.0);
      assertThat(l.lastLine()).isEqualTo(31);
    });
    assertThat(s.blockers()).extracting(Blocker::thread).containsExactly("134534446188096");
  }

  @Test
  void aWaitThatHasEndedNoLongerMakesItsHolderABlocker() {
    // "wait has ended" is printed after the cell when the wait ended meanwhile (reference §6.1)
    SemaphoreSummary s = Fixtures.collect(chessdataWithSemaphoresSection("wait has ended"));
    assertThat(s.latches().get(0).waiterThreads()).containsExactly("134534324553280");
    assertThat(s.blockers()).isEmpty();
  }
}
