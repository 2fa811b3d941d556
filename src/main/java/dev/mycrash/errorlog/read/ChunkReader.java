package dev.mycrash.errorlog.read;

import java.io.IOException;
import java.io.InputStream;

/**
 * Cuts a byte stream into {@link RawChunk}s that end at line ends; memory is one buffer. A line no
 * longer than {@link LineText#CAP} always lies in one chunk (the buffer grows up to twice the cap
 * for it); a longer line is split and only its first part is parsed.
 */
public final class ChunkReader {
  public static final int DEFAULT_SIZE = 1 << 20;

  private final InputStream in;
  private final java.util.concurrent.ConcurrentLinkedQueue<byte[]> free = new java.util.concurrent.ConcurrentLinkedQueue<>();
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

  /** The next chunk's bytes in a buffer of their own (handed over, never reused), or null at the end. */
  public RawChunk nextRaw() throws IOException {
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
      int nl = ByteScan.lastNewline(buf, filled - 1);
      if (nl < 0 && buf.length <= LineText.CAP) {
        buf = java.util.Arrays.copyOf(buf, buf.length * 2); // a line up to the parse cap stays whole
        carry = filled;
        return nextRaw();
      }
      cut = nl >= 0 ? nl + 1 : filled;
    }
    RawChunk c = new RawChunk(buf, cut, offset, midLine);
    midLine = cut > 0 && buf[cut - 1] != '\n';
    offset += cut;
    carry = filled - cut;
    byte[] next = take(buf.length);
    System.arraycopy(buf, cut, next, 0, carry);
    buf = next;
    return c;
  }

  /** Gives a chunk's buffer back for reuse once nothing reads the chunk's bytes any more. */
  public void release(RawChunk c) {
    if (c != null && c.bytes().length == buf.length && free.size() < 16) {
      free.offer(c.bytes());
    }
  }

  private byte[] take(int size) {
    byte[] b = free.poll();
    return b != null && b.length == size ? b : new byte[size];
  }
}
