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
 */
public final class PrintedTime {
  private static final Pattern OLD = Pattern.compile("^(\\d\\d)(\\d\\d)(\\d\\d)\\s+(\\d{1,2}):(\\d\\d):(\\d\\d)$");
  private static final Pattern ISO = Pattern.compile(
      "^(\\d{4})-(\\d\\d)-(\\d\\d)[ T]\\s?(\\d{1,2}):(\\d\\d):(\\d\\d)(?:\\.\\d+)?(Z(?: UTC)?|[+-]\\d\\d:\\d\\d)?$");

  private PrintedTime() {}

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
