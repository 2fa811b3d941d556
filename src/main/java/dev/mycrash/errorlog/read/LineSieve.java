package dev.mycrash.errorlog.read;

import static dev.mycrash.errorlog.read.ByteScan.at;
import static dev.mycrash.errorlog.read.ByteScan.bracketSpace;
import static dev.mycrash.errorlog.read.ByteScan.lastSpace;
import static dev.mycrash.errorlog.read.ByteScan.newline;

/**
 * The fast pre-filter for logs whose lines end with the server's text (plain, compose, container
 * timestamps, syslog, quoted): one walk over the line ends, and per line a few character checks
 * at its end and at the start of its message instead of a substring search over every byte.
 * Every marker the model reads has a fixed end or a fixed message start:
 *
 * <pre>
 * ... got signal 11 ;                      ends with ';'              crash header
 * ... ready for connections.               ends "connections."        ready (5.x, MariaDB)
 * Version: '10.11.19-MariaDB-0+deb12u1' .. starts "Version: '"        ready, second line
 * ... starting as process 7502 [...]       ends "process N" / " ..."  start (also Starting MariaDB, --initialize)
 * ... mysqld restarted / mysqld started    ends "started"             mysqld_safe
 * 080721 03:04:01  mysqld ended            ends "mysqld ended"        mysqld_safe: process gone
 * ... : Normal shutdown / Shutdown complete ends so                   shutdown
 * ... Database was not shut down normally! ends "normally!"           recovery
 * ... InnoDB: Starting crash recovery ...  message starts so          recovery
 * ... [MY-010931] [Server] ...             MySQL 8 error code         start, ready, shutdown, recovery, waits
 * ... A long semaphore wait: / semaphore:  ends "wait:" / "semaphore:" semaphore report
 * ... [ERROR] [FATAL] InnoDB: ...          message starts "[FATAL]"   watchdog, fatal errors
 * ... InnoDB: Long wait (150 seconds) ...  message starts so          MariaDB 10.6+ waits
 * ... InnoDB: Assertion failure in file ... message starts so          assertion (no header may follow)
 * InnoDB: We intentionally generate a memory trap. ends "trap."      assertion
 * Attempting backtrace. ... to find out    ends "find out"           crash report without its header
 * Server version: 10.5.11-MariaDB          ends "version: V"         product evidence
 * ... the Percona Server operations manual by visiting  ends "visiting"  product evidence
 * </pre>
 *
 * {@code LineSieveTest} checks on every corpus log that each line the classifier gives a meaning
 * is a candidate here.
 */
public final class LineSieve {
  private LineSieve() {}

  private static final String[] MYSQL8_CODES = {
    "010116", "010931", "010910", "013172", "012551", "012552", "013169", "012985", "015015", "013183",
  };

  /** Scans one chunk's bytes: candidate line starts, their line index, and the number of line ends. */
  public static ScannedChunk scan(RawChunk c) {
    byte[] t = c.bytes();
    int len = c.length();
    int[] cand = new int[64];
    int[] idx = new int[64];
    int n = 0;
    int line = 0;
    int s = 0;
    if (c.startsMidLine()) {
      int nl = newline(t, 0, len);
      s = nl < 0 ? len : nl + 1;
      line = nl < 0 ? 0 : 1;
    }
    while (s < len) {
      int nl = newline(t, s, len);
      int e = nl < 0 ? len : nl;
      if (candidate(t, s, e)) {
        if (n == cand.length) {
          cand = java.util.Arrays.copyOf(cand, n * 2);
          idx = java.util.Arrays.copyOf(idx, n * 2);
        }
        cand[n] = s;
        idx[n++] = line;
      }
      if (nl < 0) {
        break;
      }
      line++;
      s = nl + 1;
    }
    return new ScannedChunk(c, java.util.Arrays.copyOf(cand, n), java.util.Arrays.copyOf(idx, n), line);
  }

  static boolean candidate(byte[] t, int s, int e) {
    int end = e;
    while (end > s && (t[end - 1] == ' ' || t[end - 1] == '\r' || t[end - 1] == '\t')) {
      end--;
    }
    if (end - s < 4) {
      return end > s && t[end - 1] == ';'; // every other marker is longer
    }
    byte last = t[end - 1];
    return last == ';'
        || Endings.match(t, s, end)
        || (last >= '0' && last <= '9' && processNumber(t, s, end))
        || (t[s] == 'V' && at(t, s, end, "Version: '"))
        || serverVersion(t, s, end)
        || messageStart(t, s, end);
  }

  /**
   * A line ending in "Server version: VERSION" (a report line outside a full block, maybe behind a
   * wrapper's prefix): the last space within 65 bytes of the end, then the label before it.
   */
  private static boolean serverVersion(byte[] t, int s, int end) {
    int i = lastSpace(t, Math.max(s, end - 65), end);
    return i - 15 >= s && t[i - 1] == ':' && at(t, i - 15, end, "Server version: ");
  }

  /** "... as process 7502": trailing digits after "process ". */
  static boolean processNumber(byte[] t, int s, int end) {
    int i = end - 1;
    while (i > s && t[i] >= '0' && t[i] <= '9') {
      i--;
    }
    return i - 7 >= s && at(t, i - 7, end, "process ");
  }

  /** After the first "] " of the line: MariaDB / 5.x message starts, or a MySQL 8 [MY-nnnnnn] code; unprefixed InnoDB lines too. */
  private static boolean messageStart(byte[] t, int s, int end) {
    if (t[s] == 'I') {
      return message(t, s, end);
    }
    int b = bracketSpace(t, s, Math.min(end - 1, s + 160));
    return b >= 0 && message(t, b + 2, end);
  }

  /** The message at {@code m} starts like a marker; a switch on its first letters keeps this cheap. */
  private static boolean message(byte[] t, int m, int end) {
    if (m >= end) {
      return false;
    }
    switch (t[m]) {
      case 'I':
        if (!at(t, m, end, "InnoDB: ") || m + 8 >= end) {
          return false;
        }
        switch (t[m + 8]) {
          case 'S':
            return at(t, m + 8, end, "Starting crash");
          case 'D':
            return at(t, m + 8, end, "Database was not");
          case 'L':
            return at(t, m + 8, end, "Long wait (");
          case 'E':
            return at(t, m + 8, end, "Error: semaphore");
          case 'A':
            return at(t, m + 8, end, "Assertion failure");
          default:
            return false;
        }
      case '[':
        return at(t, m, end, "[FATAL]") || (at(t, m, end, "[MY-") && mysql8Code(t, m + 4, end));
      case 'R':
        return at(t, m, end, "Recovering after a crash");
      case 'S':
        return at(t, m, end, "Starting crash recovery");
      default:
        return false;
    }
  }

  private static boolean mysql8Code(byte[] t, int pos, int end) {
    for (String code : MYSQL8_CODES) {
      if (at(t, pos, end, code)) {
        return true;
      }
    }
    return false;
  }
}
