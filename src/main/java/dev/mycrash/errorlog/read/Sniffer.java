package dev.mycrash.errorlog.read;

import dev.mycrash.BadInputException;

/**
 * Tells text from other data by its first bytes. Error logs may carry invalid UTF-8 and even NUL
 * bytes (a log tail zero-filled after a power loss), so only a head made mostly of control
 * bytes, or a known binary / compressed format, is refused.
 */
final class Sniffer {
  private Sniffer() {}

  static boolean isGzip(byte[] h) {
    return h.length >= 2 && (h[0] & 0xff) == 0x1f && (h[1] & 0xff) == 0x8b;
  }

  /** A tar archive: "ustar" at offset 257 of its first header (POSIX and GNU tar). */
  static boolean isTar(byte[] h) {
    return h.length >= 262 && h[257] == 'u' && h[258] == 's' && h[259] == 't' && h[260] == 'a' && h[261] == 'r';
  }

  /** Throws when {@code head} is not text. */
  static void check(String name, byte[] h, int n) {
    String kind = knownBinary(h, n);
    if (kind != null) {
      throw BadInputException.of(name, kind);
    }
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = h[i] & 0xff;
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
        control++;
      }
    }
    if (control * 10L > n * 3L) {
      throw BadInputException.of(name, "binary data, not a text error log");
    }
  }

  private static String knownBinary(byte[] h, int n) {
    if (n >= 4 && h[0] == 0x7f && h[1] == 'E' && h[2] == 'L' && h[3] == 'F') {
      return "an ELF binary or core file, not an error log";
    }
    if (n >= 6 && (h[0] & 0xff) == 0xfd && h[1] == '7' && h[2] == 'z' && h[3] == 'X' && h[4] == 'Z') {
      return "xz-compressed; only gzip is read, decompress it first (xz -dc FILE | mycrash analyze -)";
    }
    if (n >= 4 && (h[0] & 0xff) == 0x28 && (h[1] & 0xff) == 0xb5 && (h[2] & 0xff) == 0x2f && (h[3] & 0xff) == 0xfd) {
      return "zstd-compressed; only gzip is read, decompress it first (zstd -dc FILE | mycrash analyze -)";
    }
    if (n >= 3 && h[0] == 'B' && h[1] == 'Z' && h[2] == 'h') {
      return "bzip2-compressed; only gzip is read, decompress it first (bzip2 -dc FILE | mycrash analyze -)";
    }
    return null;
  }
}
