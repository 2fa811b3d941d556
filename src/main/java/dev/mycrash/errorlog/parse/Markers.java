package dev.mycrash.errorlog.parse;

import dev.mycrash.errorlog.model.PrintedTime;
import dev.mycrash.errorlog.parse.Marker.Kind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies canonical lines (reference: shared/reference/error-log-formats.md §2, §3, §6).
 * Real samples:
 *
 * <pre>
 * 2026-11-23 11:43:44 0 [Note] Starting MariaDB 10.11.19-MariaDB-0+deb12u1 source revision 5843d84... as process 7502
 * 2024-09-07T15:30:13.229030Z 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.4.2) starting as process 1
 * 2015-08-03 14:25:12 0 [Note] /home/sveta/SharedData/Downloads/5.6.25/bin/mysqld (mysqld 5.6.25-73.1-log) starting as process 10038 ...
 * 150724 09:52:48 mysqld_safe mysqld restarted
 * 080721 03:04:01  mysqld ended
 * 2026-11-23 11:43:44 0 [Note] /usr/sbin/mariadbd: ready for connections.
 * Version: '10.11.19-MariaDB-0+deb12u1'  socket: '/tmp/crashlab/datadir/mysqld.sock'  port: 33061  Debian 12
 * 2023-02-26 23:26:43 0 [Note] mariadbd (initiated by: unknown): Normal shutdown
 * 2024-02-09T10:43:46.563893Z 0 [System] [MY-010910] [Server] /usr/sbin/mysqld: Shutdown complete (mysqld 8.0.32-24.2)  ...
 * 2026-11-23 11:43:48 0 [Note] InnoDB: Starting crash recovery from checkpoint LSN=44388
 * 261123 11:43:44 [ERROR] /usr/sbin/mariadbd got signal 11 ;
 * 07:00:44 UTC - mysqld got signal 11 ;
 * </pre>
 */
public final class Markers {
  private Markers() {}

  private static final Pattern SAFE = Pattern.compile(
      "^(?:\\d{6}\\s+\\d{1,2}:\\d\\d:\\d\\d|\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z?)\\s+(?:mysqld_safe (?:Starting \\S*mysqld\\S* daemon|mysqld restarted)|mysqld (?:started|restarted)\\s*$)");
  private static final Pattern ENDED = Pattern.compile("^\\d{6}\\s+\\d{1,2}:\\d\\d:\\d\\d\\s+mysqld ended\\s*$");
  private static final Pattern VERSION = Pattern.compile("Version: '([^']*)'(?:\\s+socket: '[^']*')?(?:\\s+port: \\d+)?\\s*(.*?)\\s*$");
  private static final Pattern SHUTDOWN_BEGIN = Pattern.compile(": Normal shutdown|\\bReceived SHUTDOWN from");
  private static final Pattern SHUTDOWN_COMPLETE = Pattern.compile("\\S: Shutdown complete(?!d)");
  private static final Pattern RECOVERY = Pattern.compile(
      "not shut ?down normally|InnoDB:? Starting crash recovery|\\[InnoDB\\] Starting crash recovery|Recovering after a crash");

  /** The meaning of {@code line}. */
  public static Marker classify(String line) {
    if (CrashHeader.looksLike(line)) {
      return CrashHeader.parse(line) != null ? new Marker(Kind.CRASH_HEADER, null, null, null) : Marker.OTHER;
    }
    Marker m = start(line);
    if (m != null) {
      return m;
    }
    if (line.endsWith("mysqld ended") && ENDED.matcher(line).find()) {
      return new Marker(Kind.PROCESS_ENDED, null, null, null);
    }
    if (line.contains("ready for connections")) {
      return ready(line);
    }
    boolean shut = line.contains("hut") || line.contains("SHUTDOWN");
    if (shut && SHUTDOWN_COMPLETE.matcher(line).find()) {
      return new Marker(Kind.SHUTDOWN_COMPLETE, null, null, null);
    }
    if (shut && SHUTDOWN_BEGIN.matcher(line).find()) {
      return new Marker(Kind.SHUTDOWN_BEGIN, null, null, null);
    }
    if ((shut || line.contains("ecover")) && RECOVERY.matcher(line).find()) {
      return new Marker(Kind.RECOVERY, null, null, null);
    }
    if (isSemaphoreTrigger(line)) {
      return new Marker(Kind.SEMAPHORE, null, null, null);
    }
    return Marker.OTHER;
  }

  private static Marker start(String line) {
    if (!line.contains("as process") && !line.contains("mysqld ") && !line.contains("mysqld_safe")) {
      return null;
    }
    StartLines.Start s = StartLines.process(line);
    if (s != null) {
      return new Marker(Kind.START, "process", s.version(), null, pid(s.pid()), program(s.program()), PrintedTime.leading(line));
    }
    s = StartLines.mariadb(line);
    if (s != null) {
      return new Marker(Kind.START, "mariadb", s.version(), null, pid(s.pid()), null, PrintedTime.leading(line));
    }
    s = StartLines.initializing(line);
    if (s != null) {
      return new Marker(Kind.START, "initialize", s.version(), null, pid(s.pid()), program(s.program()), PrintedTime.leading(line));
    }
    if (!line.isEmpty() && Chars.digit(line.charAt(0)) && SAFE.matcher(line).find()) {
      return new Marker(Kind.START, "mysqld_safe", null, null, null, null, PrintedTime.leading(line));
    }
    return null;
  }

  private static Marker ready(String line) {
    StartLines.Ready r = StartLines.ready(line);
    if (r == null || r.before().endsWith("X Plugin ") || r.program().equals("interface")) {
      return Marker.OTHER;
    }
    Version v = version(line);
    return new Marker(Kind.READY, null, v == null ? null : v.version(), v == null ? null : v.comment(), null, program(r.program()),
        PrintedTime.leading(line));
  }

  private static Long pid(String digits) {
    return digits == null || digits.length() > 18 ? null : Long.valueOf(digits);
  }

  /** The word before "(mysqld" / ": ready" when it names a program (not a [Note] / [Server] label). */
  private static String program(String word) {
    return word == null || word.indexOf('[') >= 0 || word.indexOf(']') >= 0 ? null : word;
  }

  /** The server version and compile comment of a {@code Version: '...'} text, or null. */
  public static Version version(String line) {
    Matcher m = VERSION.matcher(line);
    return m.find() ? new Version(m.group(1), m.group(2).isEmpty() ? null : m.group(2)) : null;
  }

  /** A version line printed on its own line (5.x, MariaDB) right after "ready for connections". */
  public static boolean isVersionLine(String line) {
    return line.startsWith("Version: '");
  }

  /** Lines that open or continue an InnoDB long-semaphore-wait report or the watchdog abort. */
  public static boolean isSemaphoreTrigger(String line) {
    return line.contains("emaphore") || line.contains("Long wait (");
  }

  /** True for a line that begins with a server log timestamp (it ends a crash block). */
  public static boolean hasLogPrefix(String line) {
    return Prefix.has(line);
  }

  /** A version string and the comment after it. */
  public record Version(String version, String comment) {}
}
