package dev.mycrash.errorlog.model;

import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * One run of the server, from its start to its end, as the error log shows it.
 *
 * @param startLine the first start line ({@code starting as process}, {@code Starting MariaDB},
 *     mysqld_safe), else the ready line, or null when the lifetime began before the log
 * @param startKind which start line: "process", "mariadb", "initialize", "mysqld_safe", "ready" or null
 * @param readyLine the {@code ready for connections} line, or null
 * @param version the server version printed at start, or null
 * @param comment the compile comment of the Version line ({@code Debian 12}, {@code MariaDB Server}), or null
 * @param end "crash" (a crash report), "clean-shutdown" (Shutdown complete), "unclean-no-report"
 *     (the next start follows without either, after the server was ready or while the next start
 *     recovers InnoDB: OOM killer, kill -9, stack overflow), "running" (the log ends with the server
 *     up) or "unknown" (died before ready with no sign of why, an --initialize run, a cut log)
 * @param endLine the last line of the lifetime (crash block end, Shutdown complete, the line before
 *     the next start), null when the log ends inside the lifetime
 * @param recoveryLine the first InnoDB crash-recovery line of this start (the previous run did not
 *     stop cleanly), or null
 * @param crashLines first lines of the crash reports in this lifetime
 * @param pid the server's process id from its start line ({@code starting as process 1},
 *     {@code Starting MariaDB ... as process 7502}), or null when the lifetime has no such line
 * @param program the server executable its start or ready line names ({@code /usr/sbin/mysqld},
 *     {@code /usr/sbin/mariadbd}), or null
 * @param started the leading timestamp of the line at {@code startLine} as printed
 *     ({@code 2024-09-07T15:30:13.229030Z}, {@code 150724 09:52:48}), or null; see {@link PrintedTime}
 */
public record Lifetime(
    Long startLine,
    String startKind,
    Long readyLine,
    String version,
    String comment,
    String end,
    Long endLine,
    Long recoveryLine,
    List<Long> crashLines,
    Long pid,
    String program,
    String started) {
  public static final List<String> ENDS = List.of("crash", "clean-shutdown", "unclean-no-report", "running", "unknown");

  public Lifetime {
    if (!ENDS.contains(end)) {
      throw new IllegalArgumentException("unknown lifetime end: " + end);
    }
    crashLines = List.copyOf(crashLines);
    if (pid != null && pid < 0) {
      throw new IllegalArgumentException("negative pid " + pid);
    }
  }

  /** The same lifetime with another end (its end line kept). */
  public Lifetime withEnd(String newEnd) {
    return new Lifetime(startLine, startKind, readyLine, version, comment, newEnd, endLine, recoveryLine, crashLines, pid, program, started);
  }

  /** The same lifetime with every line number mapped through {@code f}. */
  public Lifetime renumber(LongUnaryOperator f) {
    return new Lifetime(map(startLine, f), startKind, map(readyLine, f), version, comment, end, map(endLine, f),
        map(recoveryLine, f), crashLines.stream().map(n -> f.applyAsLong(n)).toList(), pid, program, started);
  }

  private static Long map(Long n, LongUnaryOperator f) {
    return n == null ? null : f.applyAsLong(n);
  }
}
