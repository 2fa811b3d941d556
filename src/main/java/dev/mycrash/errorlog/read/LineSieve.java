package dev.mycrash.errorlog.read;

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
 * ... : Normal shutdown / Shutdown complete ends so                   shutdown
 * ... Database was not shut down normally! ends "normally!"           recovery
 * ... InnoDB: Starting crash recovery ...  message starts so          recovery
 * ... [MY-010931] [Server] ...             MySQL 8 error code         start, ready, shutdown, recovery, waits
 * ... A long semaphore wait: / semaphore:  ends "wait:" / "semaphore:" semaphore report
 * ... [ERROR] [FATAL] InnoDB: ...          message starts "[FATAL]"   watchdog, fatal errors
 * ... InnoDB: Long wait (150 seconds) ...  message starts so          MariaDB 10.6+ waits
 * </pre>
 *
 * {@code LineSieveTest} checks on every corpus log that each line the classifier gives a meaning
 * is a candidate here.
 */
public final class LineSieve {
  private LineSieve() {}

  private static final String[] MYSQL8_CODES = {
    "010116", "010931", "010910", "013172", "012551", "012552", "013169", "012985", "015015",
  };

  /** Scans one chunk: candidate line starts, their line index, and the number of line ends. */
  public static ScannedChunk scan(Chunk c) {
    String t = c.text();
    int[] cand = new int[64];
    int[] idx = new int[64];
    int n = 0;
    int line = 0;
    int s = 0;
    if (c.startsMidLine()) {
      int nl = t.indexOf('\n');
      s = nl < 0 ? t.length() : nl + 1;
      line = nl < 0 ? 0 : 1;
    }
    while (s < t.length()) {
      int nl = t.indexOf('\n', s);
      int e = nl < 0 ? t.length() : nl;
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

  static boolean candidate(String t, int s, int e) {
    int end = e;
    while (end > s && (t.charAt(end - 1) == ' ' || t.charAt(end - 1) == '\r' || t.charAt(end - 1) == '\t')) {
      end--;
    }
    if (end == s) {
      return false;
    }
    if (byEnd(t, s, end)) {
      return true;
    }
    if (t.charAt(s) == 'V' && t.startsWith("Version: '", s)) {
      return true;
    }
    return messageStart(t, s, Math.min(end, s + 160));
  }

  /** Dispatch on the last character, so most lines cost one switch. */
  private static boolean byEnd(String t, int s, int end) {
    char last = t.charAt(end - 1);
    switch (last) {
      case ';':
        return true;
      case '.':
        return ends(t, s, end, "connections.") || ends(t, s, end, "recovery.") || ends(t, s, end, "hung.")
            || (ends(t, s, end, " ...") && processNumber(t, s, end - 4));
      case '!':
        return ends(t, s, end, "normally!");
      case ':':
        return ends(t, s, end, "wait:") || ends(t, s, end, "semaphore:");
      case 'd':
        return ends(t, s, end, "started");
      case 'n':
        return ends(t, s, end, "Normal shutdown");
      case 'e':
        return ends(t, s, end, "Shutdown complete");
      default:
        return last >= '0' && last <= '9' && processNumber(t, s, end);
    }
  }

  private static boolean ends(String t, int s, int end, String x) {
    int from = end - x.length();
    return from >= s && t.startsWith(x, from);
  }

  /** "... as process 7502": trailing digits after "process ". */
  private static boolean processNumber(String t, int s, int end) {
    int i = end - 1;
    while (i > s && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
      i--;
    }
    return i - 7 >= s && t.startsWith("process ", i - 7);
  }

  /** After the first "] " of the line: MariaDB / 5.x message starts, or a MySQL 8 [MY-nnnnnn] code; unprefixed InnoDB lines too. */
  private static boolean messageStart(String t, int s, int limit) {
    if (t.charAt(s) == 'I') {
      return message(t, s);
    }
    int b = t.indexOf("] ", s);
    return b >= 0 && b < limit && b + 2 < t.length() && message(t, b + 2);
  }

  /** The message at {@code m} starts like a marker; a switch on its first letters keeps this cheap. */
  private static boolean message(String t, int m) {
    switch (t.charAt(m)) {
      case 'I':
        if (!t.startsWith("InnoDB: ", m) || m + 8 >= t.length()) {
          return false;
        }
        switch (t.charAt(m + 8)) {
          case 'S':
            return t.startsWith("Starting crash", m + 8);
          case 'D':
            return t.startsWith("Database was not", m + 8);
          case 'L':
            return t.startsWith("Long wait (", m + 8);
          case 'E':
            return t.startsWith("Error: semaphore", m + 8);
          default:
            return false;
        }
      case '[':
        return t.startsWith("[FATAL]", m) || (t.startsWith("[MY-", m) && mysql8Code(t, m + 4));
      case 'R':
        return t.startsWith("Recovering after a crash", m);
      case 'S':
        return t.startsWith("Starting crash recovery", m);
      default:
        return false;
    }
  }

  private static boolean mysql8Code(String t, int at) {
    for (String code : MYSQL8_CODES) {
      if (t.startsWith(code, at)) {
        return true;
      }
    }
    return false;
  }
}
