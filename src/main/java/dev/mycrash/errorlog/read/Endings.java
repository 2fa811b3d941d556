package dev.mycrash.errorlog.read;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The line endings that make a line a sieve candidate, found with one probe of a small hash table
 * keyed by the line's last four bytes (then checked in full), so that the common line, which ends
 * with none of them, costs a multiply and a compare.
 */
final class Endings {
  private Endings() {}

  /** " ..." stands for "starting as process N ..." (checked with the number before it). */
  static final String[] ALL = {
    "connections.", // "ready for connections."
    "recovery.", // "InnoDB: Starting crash recovery."
    "hung.", // "... the server is hung." (watchdog)
    "memory trap.", // "InnoDB: We intentionally generate a memory trap."
    " ...", // "mysqld (mysqld 5.7.44) starting as process 1 ..."
    "normally!", // "InnoDB: Database was not shut down normally!"
    "wait:", // "A long semaphore wait:"
    "semaphore:", // "--Thread 1234 has waited at ... for 241 seconds the semaphore:"
    "started", // mysqld_safe "mysqld restarted", 5.0 "mysqld started"
    "mysqld ended", // mysqld_safe "mysqld ended"
    "to find out", // "Attempting backtrace. You can use the following information to find out"
    "manual by visiting", // Percona Server's crash trailer
    "Normal shutdown", // "Normal shutdown"
    "Shutdown complete", // "Shutdown complete"
  };

  private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final int BITS = 7;
  private static final int[] KEYS = new int[1 << BITS];
  private static final String[] ENDINGS = new String[1 << BITS];
  private static final int MUL = collisionFree();

  /** True when {@code t[s, end)} (at least four bytes, trailing blanks removed) ends with one of {@link #ALL}. */
  static boolean match(byte[] t, int s, int end) {
    int k = (int) INTS.get(t, end - 4);
    int h = (k * MUL) >>> (32 - BITS);
    if (KEYS[h] != k || ENDINGS[h] == null) {
      return false;
    }
    String x = ENDINGS[h];
    return x.length() == 4 ? LineSieve.processNumber(t, s, end - 4) : ByteScan.ends(t, s, end, x);
  }

  /** The first odd multiplier from the golden ratio's that gives every ending a slot of its own. */
  private static int collisionFree() {
    for (int mul = 0x9E3779B1; ; mul += 2) {
      Arrays.fill(ENDINGS, null);
      boolean ok = true;
      for (String e : ALL) {
        int h = (key(e) * mul) >>> (32 - BITS);
        if (ENDINGS[h] != null) {
          ok = false;
          break;
        }
        ENDINGS[h] = e;
        KEYS[h] = key(e);
      }
      if (ok) {
        return mul;
      }
    }
  }

  private static int key(String e) {
    int n = e.length();
    return e.charAt(n - 4) | e.charAt(n - 3) << 8 | e.charAt(n - 2) << 16 | e.charAt(n - 1) << 24;
  }
}
