package dev.mycrash.semaphore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The watchdog's lines, each copied from the fixture named beside it. */
class WatchdogAbortTest {

  @Test
  void mariadb106PlusNamesTheLatchButNotTheThreshold() { // generated-mariadb1011-semaphore.log:48
    String line = "2026-11-23 11:44:06 0 [ERROR] [FATAL] InnoDB: innodb_fatal_semaphore_wait_threshold was exceeded"
        + " for dict_sys.latch. Please refer to https://mariadb.com/docs/server/reference/product-development/"
        + "mariadb-fault-finding/how-to-produce-a-full-stack-trace-for-mariadbd";
    assertThat(WatchdogAbort.parse(48, line))
        .isEqualTo(new WatchdogAbort(48, "2026-11-23 11:44:06", "dict_sys.latch", null));
    assertThat(SemaphoreCollector.isWatchdogAbort(line)).isTrue();
  }

  @Test
  void mysql80FatalLinePrintsTheThreshold() { // iter01-643196-mysql80-watchdog.log:1
    String line = "2021-11-19T14:52:21.671328+08:00 0 [ERROR] [MY-012872] [InnoDB] [FATAL] Semaphore wait has lasted"
        + " > 600 seconds. We intentionally crash the server because it appears to be hung.";
    assertThat(WatchdogAbort.parse(1, line))
        .isEqualTo(new WatchdogAbort(1, "2021-11-19T14:52:21.671328+08:00", null, 600));
  }

  @Test
  void twoLineMessageOfOldServersIsOneAbort() {
    SemaphoreSummary s = Fixtures.collect(Fixtures.plain("dbastackexchange-185777-mariadb10-watchdog.log"));
    assertThat(s.watchdogAbort()).isTrue();
    assertThat(s.watchdogAborts()).containsExactly(new WatchdogAbort(2, null, null, 600));
  }

  @Test
  void otherFatalAndAssertionLinesAreNotTheWatchdog() {
    // wandb-57docker-pthread-fatal (corpus/real) and altentee: fatal errors that are not hangs
    assertThat(SemaphoreCollector.isWatchdogAbort("2022-11-03T09:15:48.834273Z 0 [ERROR] [FATAL] InnoDB: pthread_create returned 1"))
        .isFalse();
    assertThat(SemaphoreCollector.isWatchdogAbort("InnoDB: We intentionally generate a memory trap.")).isFalse();
    assertThat(SemaphoreCollector.isWatchdogAbort("2021-04-15  3:17:06 0 [Warning] InnoDB: A long semaphore wait:"))
        .isFalse();
    assertThat(WatchdogAbort.parse(3, "InnoDB: Pending preads 0, pwrites 0")).isNull();
  }
}
