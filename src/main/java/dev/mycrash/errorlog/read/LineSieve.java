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

  private static final String[] ENDS = {
    "connections.", "recovery.", " ...", "normally!", "wait:", "semaphore:", "started", "Normal shutdown",
    "Shutdown complete", "hung.",
  };
  private static final String[] MESSAGE_STARTS = {
    "InnoDB: Starting crash", "InnoDB: Database was not", "InnoDB: Long wait (", "[FATAL]", "InnoDB: Error: semaphore",
    "Recovering after a crash", "Starting crash recovery",
  };
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
    char last = t.charAt(end - 1);
    if (last == ';' || endsWithOne(t, s, end) || (last >= '0' && last <= '9' && processNumber(t, s, end))) {
      return true;
    }
    if (t.startsWith("Version: '", s)) {
      return true;
    }
    return messageStart(t, s, Math.min(end, s + 160));
  }

  private static boolean endsWithOne(String t, int s, int end) {
    for (String x : ENDS) {
      int from = end - x.length();
      if (from >= s && t.startsWith(x, from)) {
        return true;
      }
    }
    return false;
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
    if (t.startsWith("InnoDB: ", s)) {
      return startsWithOne(t, s);
    }
    int b = t.indexOf("] ", s);
    if (b < 0 || b >= limit) {
      return false;
    }
    int m = b + 2;
    if (t.startsWith("[MY-", m)) {
      for (String code : MYSQL8_CODES) {
        if (t.startsWith(code, m + 4)) {
          return true;
        }
      }
      return false;
    }
    return startsWithOne(t, m);
  }

  private static boolean startsWithOne(String t, int m) {
    for (String x : MESSAGE_STARTS) {
      if (t.startsWith(x, m)) {
        return true;
      }
    }
    return false;
  }
}
