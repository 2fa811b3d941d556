package dev.mycrash.errorlog.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Cuts a byte stream into {@link Chunk}s that end at line ends; memory is one buffer. A line no
 * longer than {@link LineText#CAP} always lies in one chunk (the buffer grows up to twice the cap
 * for it); a longer line is split and only its first part is parsed.
 */
public final class ChunkReader {
  public static final int DEFAULT_SIZE = 4 << 20;

  private final InputStream in;
  private byte[] buf;
  private long offset;
  private int carry;
  private boolean midLine;
  private boolean eof;

  public ChunkReader(InputStream in, long startOffset, int size) {
    this.in = in;
    this.buf = new byte[size];
    this.offset = startOffset;
  }

  /** The next chunk, or null at the end of the input. */
  public Chunk next() throws IOException {
    if (eof && carry == 0) {
      return null;
    }
    int filled = carry;
    while (!eof && filled < buf.length) {
      int n = in.read(buf, filled, buf.length - filled);
      if (n < 0) {
        eof = true;
      } else {
        filled += n;
      }
    }
    if (filled == 0) {
      return null;
    }
    int cut = filled;
    if (!eof) {
      int nl = lastNewline(filled);
      if (nl < 0 && buf.length <= LineText.CAP) {
        buf = java.util.Arrays.copyOf(buf, buf.length * 2); // a line up to the parse cap stays whole
        carry = filled;
        return next();
      }
      cut = nl >= 0 ? nl + 1 : filled;
    }
    Chunk c = new Chunk(new String(buf, 0, cut, StandardCharsets.ISO_8859_1), offset, midLine);
    midLine = cut > 0 && buf[cut - 1] != '\n';
    offset += cut;
    carry = filled - cut;
    System.arraycopy(buf, cut, buf, 0, carry);
    return c;
  }

  private int lastNewline(int end) {
    for (int i = end - 1; i >= 0; i--) {
      if (buf[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
