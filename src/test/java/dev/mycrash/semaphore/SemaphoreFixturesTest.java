package dev.mycrash.semaphore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real logs in, facts out. Every expected value was worked out by reading the fixture (see
 * {@code src/test/resources/semaphore/PROVENANCE.md}); line numbers are those of the file.
 */
class SemaphoreFixturesTest {

  @Test
  void azuracast4019Mariadb105NamesTheWriterOfTheBufferBlockLatch() {
    SemaphoreSummary s = Fixtures.collect(Fixtures.compose("azuracast-4019-mariadb105-compose-semaphore.log"));
    assertThat(s.reports()).isEqualTo(2);
    assertThat(s.statusCells()).as("line 1 is the tail of a cut cell, not a cell").isZero();
    assertThat(s.maxSeconds()).isEqualTo(244.0);
    assertThat(s.watchdogAbort()).isFalse();
    assertThat(s.latches()).hasSize(2);
    LatchSummary lockSys = s.latches().get(0);
    assertThat(lockSys.kind()).isEqualTo("mutex");
    assertThat(lockSys.name()).isEqualTo("LOCK_SYS");
    assertThat(lockSys.address()).isEqualTo("0x5647f8fbbec0");
    assertThat(lockSys.createdAt()).isEqualTo("lock0lock.cc:461");
    assertThat(lockSys.waits()).isEqualTo(1);
    assertThat(lockSys.waitedAt()).containsExactly("lock0lock.cc:3785");
    assertThat(lockSys.holderThreads()).isEmpty();
    assertThat(lockSys.firstLine()).isEqualTo(4);
    assertThat(lockSys.firstTime()).isEqualTo("2021-04-15  3:17:06");
    LatchSummary block = s.latches().get(1);
    assertThat(block.kind()).isEqualTo("rw-lock");
    assertThat(block.name()).isEqualTo("0x7f574c004478");
    assertThat(block.createdAt()).isEqualTo("buf0buf.cc:1221");
    assertThat(block.waitedAt()).containsExactly("btr0cur.cc:6219");
    assertThat(block.holderThreads()).containsExactly("140012871993088");
    assertThat(block.waiterThreads()).containsExactly("140013451687680");
    assertThat(block.firstLine()).isEqualTo(8);
    assertThat(s.blockers()).containsExactly(new Blocker("140012871993088", List.of("0x7f574c004478"),
        "exclusive", "row0row.cc:1301", 1, List.of("140013451687680")));
    assertThat(s.cycles()).isEmpty();
  }

  @Test
  void chessdata38Mysql842LogFilesMutexLockedByTheBlocker() {
    SemaphoreSummary s = Fixtures.collect(Fixtures.plain("chessdata-38-mysql842-semaphore.log"));
    assertThat(s.reports()).isEqualTo(1);
    assertThat(s.maxSeconds()).isEqualTo(7988.0);
    assertThat(s.watchdogAbort()).isFalse();
    assertThat(s.latches()).singleElement().satisfies(l -> {
      assertThat(l.kind()).isEqualTo("mutex");
      assertThat(l.name()).isEqualTo("LOG_FILES");
      assertThat(l.createdAt()).isEqualTo("log0log.cc:642");
      assertThat(l.waits()).isEqualTo(1);
      assertThat(l.maxSeconds()).isEqualTo(7988.0);
      assertThat(l.waitedAt()).containsExactly("log0meb.cc:1783");
      assertThat(l.holderThreads()).containsExactly("134534446188096");
      assertThat(l.firstLine()).isEqualTo(12);
      assertThat(l.firstTime()).isEqualTo("2024-09-10T18:36:09.625111Z");
    });
    assertThat(s.blockers()).containsExactly(new Blocker("134534446188096", List.of("LOG_FILES"),
        null, null, 1, List.of("134534324553280")));
  }

  @Test
  void wpstarter64Mysql57CellCutAfterTheThreadLineStillCountsTheWait() {
    SemaphoreSummary s = Fixtures.collect(Fixtures.compose("wpstarter-64-mysql57-compose-semaphore.log"));
    assertThat(s.reports()).isEqualTo(1);
    assertThat(s.maxSeconds()).isEqualTo(288.0);
    assertThat(s.latches()).as("the latch line was cut off").isEmpty();
    assertThat(s.blockers()).isEmpty();
    SemaphoreCollector c = new SemaphoreCollector();
    Fixtures.compose("wpstarter-64-mysql57-compose-semaphore.log").forEach(c::accept);
    c.finish();
    assertThat(c.waits()).singleElement().satisfies(w -> {
      assertThat(w.line()).isEqualTo(10);
      assertThat(w.thread()).isEqualTo("140406840436480");
      assertThat(w.waitedAt()).isEqualTo("fts0fts.cc:3622");
      assertThat(w.time()).isEqualTo("2016-12-12T10:52:28.576737Z");
    });
  }

  @Test
  void generatedMariadb1011WatchdogAbortOnDictSysLatch() {
    SemaphoreSummary s = Fixtures.collect(Fixtures.plain("generated-mariadb1011-semaphore.log"));
    assertThat(s.watchdogAbort()).isTrue();
    assertThat(s.watchdogAborts()).containsExactly(
        new WatchdogAbort(48, "2026-11-23 11:44:06", "dict_sys.latch", null));
    assertThat(s.latches()).singleElement().satisfies(l -> {
      assertThat(l.kind()).isEqualTo("latch");
      assertThat(l.name()).isEqualTo("dict_sys.latch");
      assertThat(l.waits()).as("10.6+ prints no per-cell report").isZero();
      assertThat(l.firstLine()).isEqualTo(48);
    });
    assertThat(s.reports()).isZero();
    assertThat(s.blockers()).isEmpty();
  }

  @Test
  void generatedMariadb1011FullLogHasOneAbortAmongNineCrashes() {
    SemaphoreSummary s = Fixtures.collect(Fixtures.plain("generated-mariadb1011-full-error.log"));
    assertThat(s.watchdogAborts()).extracting(WatchdogAbort::line).containsExactly(627L);
    assertThat(s.latches()).extracting(LatchSummary::name).containsExactly("dict_sys.latch");
  }

  @Test
  void interleavedSecondFatalLineInTheSameSecondIsTheSameAbort() {
    SemaphoreSummary s = Fixtures.collect(
        Fixtures.plain("generated-mariadb1011-threshold1-interleaved-truncated.log"));
    assertThat(s.watchdogAborts()).containsExactly(
        new WatchdogAbort(45, "2026-11-23 11:45:25", "dict_sys.latch", null));
    assertThat(s.latches()).singleElement().satisfies(l -> {
      assertThat(l.firstLine()).isEqualTo(45);
      assertThat(l.lastLine()).isEqualTo(103);
    });
  }

  @Test
  void exploratoryTwelveStartsHasTwoSeparateAborts() {
    SemaphoreSummary s = Fixtures.collect(Fixtures.plain("generated-mariadb1011-exploratory-12-starts.log"));
    assertThat(s.watchdogAborts()).extracting(WatchdogAbort::line).containsExactly(656L, 758L);
    assertThat(s.watchdogAborts()).extracting(WatchdogAbort::time)
        .containsExactly("2026-11-23 11:32:47", "2026-11-23 11:35:48");
    assertThat(s.latches()).singleElement().satisfies(l -> {
      assertThat(l.name()).isEqualTo("dict_sys.latch");
      assertThat(l.firstTime()).isEqualTo("2026-11-23 11:32:47");
      assertThat(l.lastTime()).isEqualTo("2026-11-23 11:35:48");
    });
  }

  @Test
  void mariadb1011ShowEngineInnodbStatusHasAnEmptySemaphoresSection() {
    SemaphoreSummary s = Fixtures.collect(Fixtures.plain("generated-mariadb1011-show-engine-innodb-status.txt"));
    assertThat(s).isEqualTo(SemaphoreSummary.empty());
  }

  @Test
  void altenteeWriterWaitingForReadersIsNotABlockerAndTheServerWasKilledOnPurpose() {
    SemaphoreSummary s = Fixtures.collect(Fixtures.syslog("altentee-2010-mysql50-syslog-semaphore.log"));
    assertThat(s.reports()).isEqualTo(1);
    assertThat(s.maxSeconds()).isEqualTo(241.0);
    assertThat(s.latches()).singleElement().satisfies(l -> {
      assertThat(l.name()).isEqualTo("0x2aaaaf01cc08");
      assertThat(l.createdAt()).isEqualTo("buf0buf.c:497");
      assertThat(l.waitedAt()).containsExactly("trx0sys.ic:101");
      assertThat(l.holderThreads()).containsExactly("46912644213072");
    });
    assertThat(s.blockers()).as("the writer is the waiter itself, waiting for readers").isEmpty();
    assertThat(s.cycles()).isEmpty();
    assertThat(s.watchdogAborts()).containsExactly(new WatchdogAbort(5, null, null, null));
  }

  @Test
  void bug74003Mysql56StatusCellsWithoutAnyOtherHolder() {
    SemaphoreSummary s = Fixtures.collect(Fixtures.plain("bug74003-mysql5616-semaphores.txt"));
    assertThat(s.reports()).isZero();
    assertThat(s.statusCells()).isEqualTo(4);
    assertThat(s.maxSeconds()).isEqualTo(951.0);
    assertThat(s.latches()).extracting(LatchSummary::name)
        .containsExactly("0x2aaf86fd8068", "0x2aaf9005a2c0", "0x2aaf86c28e78");
    LatchSummary mutex = s.latches().get(0);
    assertThat(mutex.kind()).isEqualTo("mutex");
    assertThat(mutex.waits()).isEqualTo(2);
    assertThat(mutex.createdAt()).isEqualTo("buf0buf.cc:1381");
    assertThat(mutex.waitedAt()).containsExactly("buf0buf.cc:4340", "buf0lru.cc:1251");
    assertThat(mutex.waiterThreads()).containsExactly("47094253504256", "47097281791744");
    assertThat(mutex.holderThreads()).isEmpty();
    assertThat(s.latches().get(1).holderThreads()).containsExactly("47097311270656");
    assertThat(s.blockers()).isEmpty();
  }

  @Test
  void debugease4455919Mysql5630FourWritersEachBlockOneReader() {
    SemaphoreSummary s = Fixtures.collect(Fixtures.plain("debugease-4455919-mysql5630-semaphores.txt"));
    assertThat(s.statusCells()).isEqualTo(4);
    assertThat(s.reports()).isZero();
    assertThat(s.maxSeconds()).isEqualTo(7.0);
    assertThat(s.latches()).extracting(LatchSummary::name)
        .containsExactly("0x7f6133d93840", "0x7f65889a0040", "0x7f62a7ff4ac0", "0x7f66f9560340");
    assertThat(s.latches()).allSatisfy(l -> assertThat(l.createdAt()).isEqualTo("buf0buf.cc:1069"));
    assertThat(s.blockers()).containsExactly(
        new Blocker("140053336614656", List.of("0x7f6133d93840"), "exclusive", "buf0buf.cc:3691", 1,
            List.of("140053590222592")),
        new Blocker("140053594236672", List.of("0x7f65889a0040"), "exclusive", "buf0buf.cc:3691", 1,
            List.of("140053590423296")),
        new Blocker("140053567944448", List.of("0x7f62a7ff4ac0"), "exclusive", "buf0buf.cc:3691", 1,
            List.of("140053638190848")),
        new Blocker("140053613102848", List.of("0x7f66f9560340"), "exclusive", null, 1,
            List.of("140053351065344")));
  }

  @Test
  void perconaWebinar57TwoReportsOneNamedBlocker() {
    SemaphoreSummary s = Fixtures.collect(Fixtures.plain("percona-webinar-2018-ps5714-semaphore.log"));
    assertThat(s.reports()).isEqualTo(2);
    assertThat(s.maxSeconds()).isEqualTo(321.0);
    assertThat(s.latches()).extracting(LatchSummary::name).containsExactly("0x7f4dde2ea310", "0x7f4f257d33c0");
    assertThat(s.latches().get(1).createdAt()).isEqualTo("hash0hash.cc:353");
    assertThat(s.latches().get(1).firstTime()).isEqualTo("2018-01-19T20:38:43.381143Z");
    assertThat(s.blockers()).containsExactly(new Blocker("139965530261248", List.of("0x7f4dde2ea310"),
        "exclusive", "btr0btr.cc:177", 1, List.of("139970010412800")));
  }

  @Test
  void launchpad1007268Percona55NamedMutexesNoHolderPrinted() {
    SemaphoreSummary s = Fixtures.collect(Fixtures.plain("launchpad-1007268-ps5523-semaphore.log"));
    assertThat(s.reports()).as("the quote starts after the first header").isEqualTo(1);
    assertThat(s.statusCells()).isEqualTo(1);
    assertThat(s.maxSeconds()).isEqualTo(271.0);
    assertThat(s.latches()).extracting(LatchSummary::name).containsExactly("&buf_pool->mutex", "&kernel_mutex");
    assertThat(s.latches()).extracting(LatchSummary::waitedAt)
        .containsExactly(List.of("buf0flu.c:1896"), List.of("trx0trx.c:441"));
    assertThat(s.blockers()).isEmpty();
  }

  @Test
  void moby30682Mariadb10LastReserverOfALockedMutexIsTheBlocker() {
    SemaphoreSummary s = Fixtures.collect(Fixtures.plain("moby-30682-mariadb10-semaphore.log"));
    assertThat(s.reports()).isEqualTo(1);
    assertThat(s.latches()).singleElement().satisfies(l -> {
      assertThat(l.name()).isEqualTo("&buf_pool->flush_state_mutex");
      assertThat(l.holderThreads()).containsExactly("140682140292864");
    });
    assertThat(s.blockers()).extracting(Blocker::thread).containsExactly("140682140292864");
  }

  @Test
  void iter01Mysql80WatchdogLinePrintsItsThreshold() {
    SemaphoreSummary s = Fixtures.collect(Fixtures.plain("iter01-643196-mysql80-watchdog.log"));
    assertThat(s.watchdogAborts()).containsExactly(
        new WatchdogAbort(1, "2021-11-19T14:52:21.671328+08:00", null, 600));
  }
}
