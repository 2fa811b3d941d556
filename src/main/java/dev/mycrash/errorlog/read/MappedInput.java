package dev.mycrash.errorlog.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Reads a file region through memory maps of 64 MiB at a time: one copy from the page cache into
 * the caller's buffer, where a channel read into a heap buffer costs two.
 */
final class MappedInput extends InputStream {
  private static final long WINDOW = 64L << 20;

  private final FileChannel ch;
  private final long size;
  private long pos;
  private MappedByteBuffer map;

  MappedInput(FileChannel ch, long from) throws IOException {
    this.ch = ch;
    this.size = ch.size();
    this.pos = from;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (map == null || !map.hasRemaining()) {
      if (pos >= size) {
        return -1;
      }
      map = ch.map(FileChannel.MapMode.READ_ONLY, pos, Math.min(WINDOW, size - pos));
    }
    int n = Math.min(len, map.remaining());
    map.get(b, off, n);
    pos += n;
    return n;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }
}
