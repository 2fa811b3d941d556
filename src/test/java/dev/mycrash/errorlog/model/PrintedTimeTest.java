package dev.mycrash.errorlog.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Crash-header stamps as CrashHeader keeps them, from real headers: MYSQL-119667.log:11 (MySQL 9.4),
 * wsrep57-352-sig11.log:1 (5.7), full-error.log:20 (MariaDB 10.11), pt-errlog004.log (5.1
 * handle_segfault), reference §1 (MySQL 5.7 log_timestamps=SYSTEM offset form).
 */
class PrintedTimeTest {
  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void lateMysql8HeaderIsUtcWhateverTheLocalZone() {
    assertThat(PrintedTime.instant("2026-01-13T11:35:44Z UTC", NEW_YORK)).contains(Instant.parse("2026-01-13T11:35:44Z"));
  }

  @Test
  void timeOfDayOnlyHasNoInstant() {
    assertThat(PrintedTime.instant("11:40:21 UTC", UTC)).isEmpty();
  }

  @Test
  void yymmddStampIsLocalTime() {
    assertThat(PrintedTime.instant("261123 11:43:44", UTC)).contains(Instant.parse("2026-11-23T11:43:44Z"));
    assertThat(PrintedTime.instant("261123 11:43:44", NEW_YORK)).contains(Instant.parse("2026-11-23T16:43:44Z"));
  }

  @Test
  void spacePaddedHourOfOldStamps() {
    assertThat(PrintedTime.instant("090902  9:08:43", UTC)).contains(Instant.parse("2009-09-02T09:08:43Z"));
  }

  @Test
  void isoStampWithOffsetOrWithoutZone() {
    assertThat(PrintedTime.instant("2024-02-09T10:45:21.444374-05:00", UTC)).contains(Instant.parse("2024-02-09T15:45:21Z"));
    assertThat(PrintedTime.instant("2026-11-23 11:43:44", NEW_YORK)).contains(Instant.parse("2026-11-23T16:43:44Z"));
  }

  @Test
  void impossibleDateOrNoTimeGivesNothing() {
    assertThat(PrintedTime.instant("261399 11:43:44", UTC)).isEmpty();
    assertThat(PrintedTime.instant(null, UTC)).isEmpty();
  }

  @Test
  void leadingStampOfLogLines() {
    assertThat(PrintedTime.leading("2022-11-03T09:15:48.832856Z 0 [Note] InnoDB: Completed initialization of buffer pool"))
        .isEqualTo("2022-11-03T09:15:48.832856Z");
    assertThat(PrintedTime.leading("2016-01-05 15:48:57 7f57003cb700  InnoDB: Assertion failure in thread 140011642861312"))
        .isEqualTo("2016-01-05 15:48:57");
    assertThat(PrintedTime.leading("150803 14:25:12 mysqld_safe mysqld restarted")).isEqualTo("150803 14:25:12");
    assertThat(PrintedTime.leading("InnoDB: about forcing recovery.")).isNull();
  }

  @Test
  void timeOfDayIsPlacedOnTheDayNearestADatedMoment() {
    assertThat(PrintedTime.nearest("11:25:12 UTC", Instant.parse("2015-08-03T11:25:12Z"))).contains(Instant.parse("2015-08-03T11:25:12Z"));
    assertThat(PrintedTime.nearest("23:59:58 UTC", Instant.parse("2015-08-04T00:00:03Z"))).contains(Instant.parse("2015-08-03T23:59:58Z"));
    assertThat(PrintedTime.nearest("00:00:01 UTC", Instant.parse("2015-08-03T23:59:58Z"))).contains(Instant.parse("2015-08-04T00:00:01Z"));
    assertThat(PrintedTime.nearest("11:25:12 UTC", null)).isEmpty();
    assertThat(PrintedTime.nearest("150803 14:25:12", Instant.parse("2015-08-03T11:25:12Z"))).as("has its own date").isEmpty();
  }
}
