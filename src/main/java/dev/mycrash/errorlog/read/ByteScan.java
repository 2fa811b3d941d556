package dev.mycrash.errorlog.read;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Byte searches for the sieve: eight bytes at a time where it pays, plain compares elsewhere. */
final class ByteScan {
  private ByteScan() {}

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The next '\n' at or after {@code from}, eight bytes at a time (the lowest zero byte of word ^ 0x0a..0a). */
  static int newline(byte[] t, int from, int len) {
    int i = from;
    for (; i + 8 <= len; i += 8) {
      long x = (long) LONGS.get(t, i) ^ 0x0a0a0a0a0a0a0a0aL;
      long m = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
      if (m != 0) {
        return i + (Long.numberOfTrailingZeros(m) >>> 3);
      }
    }
    for (; i < len; i++) {
      if (t[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** The last '\n' at or before {@code from}, or -1 (a short walk back: the line before, the chunk's last line end). */
  static int lastNewline(byte[] t, int from) {
    for (int i = from; i >= 0; i--) {
      if (t[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  static boolean ends(byte[] t, int s, int end, String x) {
    return end - x.length() >= s && at(t, end - x.length(), end, x);
  }

  /** {@code x} (ASCII) at {@code pos}, not beyond {@code end}. */
  static boolean at(byte[] t, int pos, int end, String x) {
    if (pos < 0 || pos + x.length() > end) {
      return false;
    }
    for (int i = 0; i < x.length(); i++) {
      if (t[pos + i] != x.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The first "] " in [from, limit), eight bytes at a time; -1 when there is none. */
  static int bracketSpace(byte[] t, int from, int limit) {
    int i = from;
    for (; i + 8 <= limit; i += 8) {
      long x = (long) LONGS.get(t, i) ^ 0x5d5d5d5d5d5d5d5dL;
      long m = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
      while (m != 0) {
        int j = i + (Long.numberOfTrailingZeros(m) >>> 3);
        if (t[j] == ']' && t[j + 1] == ' ') {
          return j;
        }
        m &= m - 1;
      }
    }
    for (; i < limit; i++) {
      if (t[i] == ']' && t[i + 1] == ' ') {
        return i;
      }
    }
    return -1;
  }

  /** The last ' ' in [from, end), eight bytes at a time from the end; -1 when there is none. */
  static int lastSpace(byte[] t, int from, int end) {
    int i = end - 8;
    for (; i >= from; i -= 8) {
      long y = (long) LONGS.get(t, i) ^ 0x2020202020202020L;
      long m = ~(((y & 0x7f7f7f7f7f7f7f7fL) + 0x7f7f7f7f7f7f7f7fL) | y | 0x7f7f7f7f7f7f7f7fL); // 0x80 where a byte is ' '
      if (m != 0) {
        return i + ((63 - Long.numberOfLeadingZeros(m)) >>> 3);
      }
    }
    for (int j = i + 7; j >= from; j--) {
      if (t[j] == ' ') {
        return j;
      }
    }
    return -1;
  }
}
