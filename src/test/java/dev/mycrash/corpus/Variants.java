package dev.mycrash.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Damaged copies of a fixture, written to a scratch directory; the original is only read. */
final class Variants {
  private Variants() {}

  /** A copy with every LF turned into CRLF (line numbers unchanged). */
  static Path crlf(Path log, Path dir) throws IOException {
    byte[] in = Files.readAllBytes(log);
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + in.length / 40);
    for (byte b : in) {
      if (b == '\n') {
        out.write('\r');
      }
      out.write(b);
    }
    return Files.write(dir.resolve(log.getFileName() + ".crlf"), out.toByteArray());
  }

  /**
   * Where a tail cut falls: the final line that holds more than white space, its 1-based number,
   * and how many bytes of the file are kept (the line's first ~60%, no line end after it).
   */
  record Cut(long line, int keptBytes, String keptText) {}

  static Cut cutPoint(byte[] in) {
    int end = in.length;
    while (true) {
      int start = end;
      while (start > 0 && in[start - 1] != '\n') {
        start--;
      }
      if (!blank(in, start, end)) {
        int len = end - start;
        int drop = Math.max(1, Math.round(len * 0.4f));
        int keep = Math.max(1, len - drop);
        while (keep > 1 && (in[start + keep] & 0xC0) == 0x80) {
          keep--; // never split a UTF-8 sequence
        }
        String kept = new String(in, start, keep, java.nio.charset.StandardCharsets.UTF_8);
        return new Cut(lineNumber(in, start), start + keep, kept);
      }
      if (start == 0) {
        throw new IllegalArgumentException("log holds no non-blank line");
      }
      end = start - 1;
    }
  }

  /** A copy that stops part-way through its final non-blank line. */
  static Path cut(Path log, Path dir, Cut cut) throws IOException {
    byte[] in = Files.readAllBytes(log);
    return Files.write(dir.resolve(log.getFileName() + ".cut"), Arrays.copyOf(in, cut.keptBytes()));
  }

  private static boolean blank(byte[] in, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(in[i])) {
        return false;
      }
    }
    return true;
  }

  private static long lineNumber(byte[] in, int offset) {
    long n = 1;
    for (int i = 0; i < offset; i++) {
      if (in[i] == '\n') {
        n++;
      }
    }
    return n;
  }
}
