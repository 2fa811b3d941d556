package dev.mycrash.errorlog.read;

import java.util.Arrays;

/**
 * The pre-filter for JSON-wrapped logs (see {@link LineSieve} for the others): byte strings that every line the model cares about contains. Only lines
 * with a hit are decoded and matched with regular expressions; everything else is just counted.
 * False hits are fine (the line classifier rejects them); a missed marker is a bug, so each
 * needle lists what it is for.
 */
public final class Needles {
  private Needles() {}

  static final String[] ALL = {
    " got ", // "mysqld got signal 11 ;", "got exception 0xc0000005 ;"
    "ready for conn", // "ready for connections."
    "as process", // "starting as process 1", "Starting MariaDB ... as process 7502", "--initialize ... as process"
    "mysqld ", // mysqld_safe "Starting mysqld daemon", "mysqld restarted", 5.0 "  mysqld started"
    "hutdown", // "Normal shutdown", "Shutdown complete", "SHUTDOWN" is matched as "Received SHUTDOWN" below
    "SHUTDOWN from", // MySQL 8 "Received SHUTDOWN from user"
    "rash recovery", // "Starting crash recovery", "Recovering after a crash"+"Starting crash recovery..."
    "normally!", // 5.1 "InnoDB: Database was not shut down normally!"
    "emaphore", // long semaphore waits, the watchdog ("Semaphore wait has lasted", "..._semaphore_wait_threshold")
    "Long wait (", // MariaDB 10.6+ "Long wait (150 seconds) for dict_sys.latch"
    "Version: '", // the second line of "ready for connections", also when the first was lost
    "Server version: ", // product/version evidence outside a full crash block
    "ssertion failure", // InnoDB / MySQL 8 assertions that no crash header follows
    "memory trap.", // "InnoDB: We intentionally generate a memory trap."
    "Attempting backtrace", // a crash report whose header is not in the text
    "manual by visiting", // Percona Server's crash trailer
  };

  /**
   * Makes the JIT compile {@code String.indexOf} with its vector intrinsic before the scan: the scan
   * calls it only a few times per 4 MiB chunk, too rarely to get it compiled on its own, and the
   * interpreted fallback is two orders of magnitude slower. Costs a few milliseconds.
   */
  static void warmUp() {
    String sample = "2026-11-23 11:43:44 0 [Note] InnoDB: Buffer pool(s) load completed at 261123 11:43:44 ...";
    int sink = 0;
    for (int i = 0; i < 30_000; i++) {
      sink += sample.indexOf(ALL[i % ALL.length], i & 7) + sample.indexOf('\n', i & 7);
    }
    warm = sink;
  }

  @SuppressWarnings("unused")
  private static volatile int warm;

  /**
   * Start offsets (sorted, distinct) of the lines of {@code text} that contain a needle. A hit in
   * the first line of a chunk that starts mid-line is dropped (that line was read before).
   */
  public static int[] candidateLineStarts(String text, boolean startsMidLine) {
    int[] starts = new int[64];
    int n = 0;
    for (String needle : ALL) {
      int p = text.indexOf(needle);
      while (p >= 0) {
        int ls = text.lastIndexOf('\n', p) + 1;
        if (!(startsMidLine && ls == 0)) {
          if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
          }
          starts[n++] = ls;
        }
        int le = text.indexOf('\n', p);
        if (le < 0) {
          break;
        }
        p = text.indexOf(needle, le + 1);
      }
    }
    int[] s = Arrays.copyOf(starts, n);
    Arrays.sort(s);
    return distinct(s);
  }

  private static int[] distinct(int[] s) {
    int m = 0;
    for (int i = 0; i < s.length; i++) {
      if (m == 0 || s[m - 1] != s[i]) {
        s[m++] = s[i];
      }
    }
    return Arrays.copyOf(s, m);
  }
}
