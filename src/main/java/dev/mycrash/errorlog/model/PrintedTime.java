package dev.mycrash.errorlog.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A crash header's timestamp as printed (reference §3), read as an instant where it carries a
 * date:
 *
 * <pre>
 * 2022-06-13T17:09:17Z UTC     MySQL late 8.0 / 8.4 / 9.x: UTC
 * 07:00:44 UTC                 MySQL 5.1.61+ .. 8.0.2x: time of day only, no instant
 * 261123 11:43:44              MariaDB, MySQL 5.0/5.1 (YYMMDD, hour may be space-padded): local time
 * 2026-11-23 11:43:44          local time
 * 2024-02-09T10:45:21-00:00    with an offset
 * </pre>
 *
 * <p>A time of day alone is placed by a dated line next to the crash ({@link #nearest}). The same
 * shapes lead normal log lines ({@link #leading}): {@code 2022-11-03T09:15:48.832856Z 0 [Note] ...},
 * {@code 2016-01-05 15:48:57 7f57003cb700  InnoDB: ...}, {@code 150724 09:52:48 mysqld_safe ...}.
 */
public final class PrintedTime {
  private static final Pattern OLD = Pattern.compile("^(\\d\\d)(\\d\\d)(\\d\\d)\\s+(\\d{1,2}):(\\d\\d):(\\d\\d)$");
  private static final Pattern ISO = Pattern.compile(
      "^(\\d{4})-(\\d\\d)-(\\d\\d)[ T]\\s?(\\d{1,2}):(\\d\\d):(\\d\\d)(?:\\.\\d+)?(Z(?: UTC)?|[+-]\\d\\d:\\d\\d)?$");

  private static final Pattern LEADING = Pattern.compile(
      "^(\\d{4}-\\d\\d-\\d\\d[ T]\\s?\\d{1,2}:\\d\\d:\\d\\d(?:\\.\\d+)?(?:Z|[+-]\\d\\d:\\d\\d)?|\\d{6}\\s+\\d{1,2}:\\d\\d:\\d\\d)(?=\\s|$)");
  private static final Pattern TIME_OF_DAY_UTC = Pattern.compile("^(\\d\\d):(\\d\\d):(\\d\\d) UTC$");
  private static final long HALF_DAY = 12 * 3600;

  private PrintedTime() {}

  /** The timestamp a log line begins with, as printed, or null. */
  public static String leading(String line) {
    Matcher m = LEADING.matcher(line);
    return m.find() ? m.group(1) : null;
  }

  /**
   * A time of day in UTC ({@code 07:00:44 UTC}) placed on the day that puts it nearest to
   * {@code near}, a dated moment within hours of it (the assertion line just before the crash
   * header, the restart after it); empty for other stamps, when {@code near} is null, or when no
   * such day is within 12 hours of {@code near}.
   */
  public static Optional<Instant> nearest(String printed, Instant near) {
    Matcher m = printed == null || near == null ? null : TIME_OF_DAY_UTC.matcher(printed);
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    try {
      LocalTime t = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      LocalDate day = LocalDate.ofInstant(near, ZoneOffset.UTC);
      for (int d = -1; d <= 1; d++) {
        Instant i = LocalDateTime.of(day.plusDays(d), t).toInstant(ZoneOffset.UTC);
        if (Math.abs(i.getEpochSecond() - near.getEpochSecond()) <= HALF_DAY) {
          return Optional.of(i);
        }
      }
      return Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The instant of {@code printed}; stamps without a zone are local time in {@code local}; empty without a date. */
  public static Optional<Instant> instant(String printed, ZoneId local) {
    if (printed == null) {
      return Optional.empty();
    }
    Matcher o = OLD.matcher(printed);
    if (o.matches()) {
      return at(2000 + Integer.parseInt(o.group(1)), o, local);
    }
    Matcher m = ISO.matcher(printed);
    if (!m.matches()) {
      return Optional.empty();
    }
    String z = m.group(7);
    ZoneId zone = z == null ? local : z.startsWith("Z") ? ZoneOffset.UTC : ZoneOffset.of(z);
    return at(Integer.parseInt(m.group(1)), m, zone);
  }

  /** Groups 2..6 of {@code m} are month, day, hour, minute, second. */
  private static Optional<Instant> at(int year, Matcher m, ZoneId zone) {
    try {
      LocalDate d = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      LocalTime t = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
      return Optional.of(LocalDateTime.of(d, t).atZone(zone).toInstant());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
