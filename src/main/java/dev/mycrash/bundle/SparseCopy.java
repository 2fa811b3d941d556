package dev.mycrash.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Copies exactly {@code size} bytes of a file (one without holes) to a stream and hashes them. If
 * the source fails or ends early, the
 * rest is zero-filled so the tar entry keeps its declared size, and the error is returned. Errors
 * writing {@code out} (disk full) are thrown unchanged.
 */
final class SparseCopy {
  private static final int BUF = 1 << 20;
  private static final byte[] ZEROS = new byte[BUF];

  record Result(String sha256, IOException error) {}

  private final OutputStream out;
  private final MessageDigest md = Sha256.digest();
  private long pos;
  private IOException sinkError;
  private CopyListener.Bytes progress = (d, t) -> {};
  private long size;

  private SparseCopy(OutputStream out) {
    this.out = out;
  }

  static Result copy(Path source, long size, OutputStream out, CopyListener.Bytes progress) throws IOException {
    SparseCopy c = new SparseCopy(out);
    c.progress = progress;
    IOException error = null;
    try (FileChannel ch = FileChannel.open(source, StandardOpenOption.READ)) {
      ByteBuffer buf = ByteBuffer.allocate(BUF);
      c.size = size;
      c.dataTo(ch, buf, size);
    } catch (IOException e) {
      if (c.sinkError != null) {
        throw c.sinkError;
      }
      error = e;
    }
    c.zerosTo(size);
    progress.at(size, size);
    if (c.sinkError != null) {
      throw c.sinkError;
    }
    return new Result(HexFormat.of().formatHex(c.md.digest()), error);
  }

  private void zerosTo(long end) throws IOException {
    while (pos < end) {
      int n = (int) Math.min(BUF, end - pos);
      write(ZEROS, n);
    }
  }

  private void dataTo(FileChannel ch, ByteBuffer buf, long end) throws IOException {
    while (pos < end) {
      buf.clear().limit((int) Math.min(BUF, end - pos));
      int n = ch.read(buf, pos);
      if (n < 0) {
        throw new IOException("file shrank to " + pos + " bytes while being copied");
      }
      write(buf.array(), n);
    }
  }

  private void write(byte[] b, int n) throws IOException {
    try {
      out.write(b, 0, n);
    } catch (IOException e) {
      sinkError = e;
      throw e;
    }
    md.update(b, 0, n);
    pos += n;
    if ((pos & ((8 << 20) - 1)) < n) {
      progress.at(pos, size);
    }
  }
}
