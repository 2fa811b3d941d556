package dev.mycrash.semaphore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.errorlog.LogLine;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture cut after every line, and with CR left on its line ends, still reads sanely. */
class RobustnessTest {

  static Stream<String> fixtures() {
    return Stream.of(
        "azuracast-4019-mariadb105-compose-semaphore.log", "chessdata-38-mysql842-semaphore.log",
        "wpstarter-64-mysql57-compose-semaphore.log", "generated-mariadb1011-semaphore.log",
        "generated-mariadb1011-threshold1-interleaved-truncated.log", "altentee-2010-mysql50-syslog-semaphore.log",
        "bug74003-mysql5616-semaphores.txt", "debugease-4455919-mysql5630-semaphores.txt",
        "percona-webinar-2018-ps5714-semaphore.log", "launchpad-1007268-ps5523-semaphore.log",
        "moby-30682-mariadb10-semaphore.log", "iter01-643196-mysql80-watchdog.log");
  }

  private static List<LogLine> read(String name) {
    if (name.startsWith("azuracast") || name.startsWith("wpstarter")) {
      return Fixtures.compose(name);
    }
    return name.startsWith("altentee") ? Fixtures.syslog(name) : Fixtures.plain(name);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyPrefixGivesNoMoreThanTheWhole(String name) {
    List<LogLine> all = read(name);
    SemaphoreSummary whole = Fixtures.collect(all);
    int previousCells = 0;
    for (int cut = 0; cut <= all.size(); cut++) {
      SemaphoreSummary part = Fixtures.collect(all.subList(0, cut));
      int cells = part.reports() + part.statusCells();
      assertThat(cells).as("cells after %d lines", cut).isGreaterThanOrEqualTo(previousCells);
      assertThat(part.maxSeconds()).isLessThanOrEqualTo(whole.maxSeconds());
      assertThat(part.latches().size()).isLessThanOrEqualTo(whole.latches().size());
      assertThat(part.watchdogAborts().size()).isLessThanOrEqualTo(whole.watchdogAborts().size());
      previousCells = cells;
    }
    assertThat(previousCells).isEqualTo(whole.reports() + whole.statusCells());
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void carriageReturnsLeftOnLinesChangeNothing(String name) {
    List<LogLine> crlf = read(name).stream().map(l -> new LogLine(l.number(), l.text() + "\r")).toList();
    SemaphoreSummary s = Fixtures.collect(crlf);
    SemaphoreSummary plain = Fixtures.collect(read(name));
    assertThat(s.reports()).isEqualTo(plain.reports());
    assertThat(s.statusCells()).isEqualTo(plain.statusCells());
    assertThat(s.latches()).extracting(LatchSummary::name)
        .containsExactlyElementsOf(plain.latches().stream().map(LatchSummary::name).toList());
    assertThat(s.blockers()).extracting(Blocker::thread)
        .containsExactlyElementsOf(plain.blockers().stream().map(Blocker::thread).toList());
    assertThat(s.watchdogAborts()).hasSameSizeAs(plain.watchdogAborts());
  }
}
