package dev.mycrash.errorlog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.errorlog.model.Analysis;
import dev.mycrash.errorlog.model.CrashReport;
import dev.mycrash.errorlog.model.Lifetime;
import org.junit.jupiter.api.Test;

/**
 * Server lifetimes and crashes over whole real logs. Line numbers were read with
 * {@code grep -n "Starting MariaDB\|ready for conn\|got signal\|Shutdown complete\|crash recovery"}.
 */
class LifetimesTest {

  @Test
  void generatedMariadbLogHasTenLifetimesEightCrashesOneSilentDeath() {
    Analysis a = Fixtures.all(Fixtures.FULL);
    assertThat(a.lifetimes()).extracting(Lifetime::startLine)
        .containsExactly(1L, 65L, 130L, 195L, 281L, 379L, 467L, 558L, 580L, 678L);
    assertThat(a.lifetimes()).extracting(Lifetime::readyLine)
        .containsExactly(18L, 83L, 148L, 213L, 305L, 399L, 487L, 578L, 600L, 702L);
    assertThat(a.lifetimes()).extracting(Lifetime::end).containsExactly("crash", "crash", "crash", "crash", "crash",
        "crash", "crash", "unclean-no-report", "crash", "clean-shutdown");
    assertThat(a.lifetimes().get(7).endLine()).isEqualTo(579L);
    assertThat(a.lifetimes().get(8).recoveryLine()).isEqualTo(588L);
    assertThat(a.lifetimes().get(9).endLine()).isEqualTo(711L);
    assertThat(a.crashes()).extracting(CrashReport::signal).containsExactly(11, 6, 7, 11, 6, 8, 6, 6);
    assertThat(a.crashes()).extracting(CrashReport::firstLine).containsExactly(20L, 85L, 150L, 215L, 308L, 401L, 489L, 628L);
    assertThat(a.crashes()).extracting(CrashReport::hangAbort).containsExactly(false, false, false, false, false, false, false, true);
    assertThat(a.crashes().get(7).hangLatch()).isEqualTo("dict_sys.latch");
    assertThat(a.lastCrash()).isEqualTo(7);
    assertThat(a.product()).isEqualTo("MariaDB");
    assertThat(a.version()).isEqualTo("10.11.19-MariaDB-0+deb12u1");
    assertThat(a.lineNumbering()).isEqualTo("exact");
    assertThat(a.lines()).isEqualTo(711);
  }

  @Test
  void defaultScopeIsTheLastCrashItsLifetimeAndWhatFollowed() {
    Analysis a = Fixtures.last(Fixtures.FULL);
    assertThat(a.scope()).isEqualTo("last");
    assertThat(a.crashes()).extracting(CrashReport::firstLine).containsExactly(628L);
    assertThat(a.lifetimes()).extracting(Lifetime::startLine).containsExactly(580L, 678L);
    assertThat(a.lifetimes()).extracting(Lifetime::end).containsExactly("crash", "clean-shutdown");
    assertThat(a.lastCrash()).isZero();
    assertThat(a.lineNumbering()).isEqualTo("exact");
    assertThat(a.bytesRead()).isLessThan(a.bytesTotal());
    assertThat(a.lastCrashRaw().get(0).text()).isEqualTo("261123 11:44:06 [ERROR] /usr/sbin/mariadbd got signal 6 ;");
    assertThat(a.lastCrashRaw().get(0).number()).isEqualTo(628);
  }

  @Test
  void mysql50MysqldSafeRestartsAndAStartupFailure() {
    // pt-errlog001.log: 1 "mysqld started" + unknown variable + line 4 "mysqld ended" (the process died
    // with no shutdown sequence and no report: unclean-no-report, ending at line 4);
    // 6..19 clean; 23 (lone Version line 24 = ready) dies silently; 27 dies before ready and 29 recovers
    // (line 30 "not shut down normally!"); 29 ready 43; 46 ready again (a new start whose first line
    // is missing); "Number of processes running now: 0" + 50 "mysqld restarted"; 50 ready 62, running.
    Analysis a = Fixtures.all("real/pt-errlog001.log");
    assertThat(a.lifetimes()).extracting(Lifetime::startLine).containsExactly(1L, 6L, 23L, 27L, 29L, 46L, 50L);
    assertThat(a.lifetimes()).extracting(Lifetime::end).containsExactly("unclean-no-report", "clean-shutdown",
        "unclean-no-report", "unclean-no-report", "unclean-no-report", "unclean-no-report", "running");
    assertThat(a.lifetimes()).extracting(Lifetime::endLine).containsExactly(4L, 19L, 26L, 28L, 45L, 49L, null);
    assertThat(a.lifetimes().get(4).recoveryLine()).isEqualTo(30L);
    assertThat(a.version()).isEqualTo("5.0.45-log");
    assertThat(a.crashes()).isEmpty();
  }

  @Test
  void fluentBitWrappedPxcInitializeRunThenCleanRestart() {
    Analysis a = Fixtures.all("real/pxc-operator-node0-json.log");
    assertThat(a.wrapper()).isEqualTo("FLUENT_JSON");
    assertThat(a.lifetimes()).extracting(Lifetime::startLine).containsExactly(1L, 11L, 171L);
    assertThat(a.lifetimes()).extracting(Lifetime::startKind).containsExactly("initialize", "process", "process");
    assertThat(a.lifetimes()).extracting(Lifetime::readyLine).containsExactly(null, 100L, 264L);
    assertThat(a.lifetimes()).extracting(Lifetime::end).containsExactly("unknown", "clean-shutdown", "running");
    assertThat(a.lifetimes().get(1).endLine()).isEqualTo(167L);
    assertThat(a.product()).isEqualTo("PXC");
    assertThat(a.version()).isEqualTo("8.0.32-24.2");
  }

  @Test
  void aLogThatBeginsInsideALifetimeGetsALifetimeWithoutStart() {
    // wandb: no start line; [FATAL] + assertion + crash at line 12
    Analysis a = Fixtures.all("real/wandb-57docker-pthread-fatal.log");
    assertThat(a.lifetimes()).hasSize(1);
    assertThat(a.lifetimes().get(0).startLine()).isNull();
    assertThat(a.lifetimes().get(0).end()).isEqualTo("crash");
    assertThat(a.crashes().get(0).fatalMessage()).isEqualTo("InnoDB: pthread_create returned 1");
  }

  @Test
  void composeWrappedCrashKeepsOriginalLineNumbers() {
    // dockermysql-243: "typo3_mysql_1    | 08:43:36 UTC - mysqld got signal 6 ;" is line 4
    Analysis a = Fixtures.all("real/dockermysql-243-mysql57-compose-memmap.log");
    assertThat(a.wrapper()).isEqualTo("COMPOSE");
    assertThat(a.crashes().get(0).firstLine()).isEqualTo(4);
    assertThat(a.crashes().get(0).time()).isEqualTo("08:43:36 UTC");
  }

  @Test
  void markdownBacktickGluedToTheFirstLineIsIgnored() {
    // ha-addons-1468: line 1 is "`2020-10-10  9:57:33 0 [Note] /usr/bin/mysqld: ready for connections."
    Analysis a = Fixtures.all("real/ha-addons-1468-mariadb104.log");
    Lifetime l = a.lifetimes().get(0);
    assertThat(l.startLine()).isEqualTo(1L);
    assertThat(l.startKind()).isEqualTo("ready");
    assertThat(l.readyLine()).isEqualTo(1L);
    assertThat(l.version()).isEqualTo("10.4.13-MariaDB");
    assertThat(l.comment()).isEqualTo("MariaDB Server");
    assertThat(a.crashes().get(0).firstLine()).isEqualTo(7L);
    assertThat(a.crashes().get(0).signal()).isEqualTo(11);
    assertThat(a.product()).isEqualTo("MariaDB");
  }

  @Test
  void mysqldSafeRestartStartsALifetime() {
    // trellix-118: the tail of a Percona crash report, then line 4 "Number of processes running now: 0"
    // and line 5 "150724 09:52:48 mysqld_safe mysqld restarted"
    Analysis a = Fixtures.all("real/trellix-118-ps5620-restart.log");
    assertThat(a.lifetimes()).extracting(Lifetime::startLine).containsExactly(5L);
    assertThat(a.lifetimes().get(0).startKind()).isEqualTo("mysqld_safe");
    assertThat(a.crashes()).isEmpty();
  }

  @Test
  void aReportWhoseHeaderIsCutAwayIsStillACrash() {
    // nextcloudsnap-2405: starts at "Attempting backtrace" (line 1), frames through handle_fatal_signal,
    // line 17 is the next start's first message; no signal header, no start, no version
    Analysis a = Fixtures.all("real/nextcloudsnap-2405-mysql8033-arm.log");
    assertThat(a.crashes()).hasSize(1);
    CrashReport c = a.crashes().get(0);
    assertThat(c.firstLine()).isEqualTo(1L);
    assertThat(c.lastLine()).isEqualTo(16L);
    assertThat(c.signal()).isNull();
    assertThat(c.signalName()).isNull();
    assertThat(c.frames().stream().filter(f -> !f.handler()).findFirst().orElseThrow().function())
        .isEqualTo("memory::Aligned_atomic<long>::Aligned_atomic()");
    assertThat(a.lifetimes()).extracting(Lifetime::end).containsExactly("crash");
    assertThat(a.product()).isNull();
  }

  @Test
  void eachLifetimeKnowsThePidOfItsStartLineAndTheProgramOfItsReadyLine() {
    // grep -no "as process [0-9]*": 1:7502 65:7583 130:7664 195:7747 281:7824 379:7896 467:7969 558:8042 580:8116 678:8247
    Analysis a = Fixtures.all(Fixtures.FULL);
    assertThat(a.lifetimes()).extracting(Lifetime::pid)
        .containsExactly(7502L, 7583L, 7664L, 7747L, 7824L, 7896L, 7969L, 8042L, 8116L, 8247L);
    assertThat(a.lifetimes()).extracting(Lifetime::program).containsOnly("/usr/sbin/mariadbd");
  }

  @Test
  void theLastCrashLeadIsItsFatalLineBeforeTheHeader() {
    Analysis a = Fixtures.last(Fixtures.FULL);
    assertThat(a.lastCrashLead()).hasSize(1);
    assertThat(a.lastCrashLead().get(0).number()).isEqualTo(627);
    assertThat(a.lastCrashLead().get(0).text()).startsWith("2026-11-23 11:44:06 0 [ERROR] [FATAL] InnoDB: innodb_fatal_semaphore_wait");
    assertThat(a.lastCrashRaw().get(0).number()).isEqualTo(628);
  }
}
