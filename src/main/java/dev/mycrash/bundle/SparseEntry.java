package dev.mycrash.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * A sparse file as a PAX "GNU sparse 1.0" tar entry (what {@code tar --sparse --format=posix}
 * writes; GNU tar, bsdtar, Python's tarfile and Commons Compress read it). PAX headers
 * {@code GNU.sparse.major=1}, {@code GNU.sparse.minor=0}, {@code GNU.sparse.name},
 * {@code GNU.sparse.realsize}; the entry's data starts with the map, padded to 512 bytes:
 *
 * <pre>
 * 3            number of regions
 * 0            offset of region 1
 * 4096         its length
 * 8388608      offset of region 2
 * 12288        ...
 * 41943040     a hole runs to the end: a last region of length 0 at the real size
 * 0
 * </pre>
 *
 * followed by the regions' bytes. Holes cost nothing to store or compress; the SHA-256 is still
 * of the whole file (holes hashed as zeros), so it matches {@code sha256sum} of the extracted file.
 */
final class SparseEntry {
  private static final int BUF = 1 << 20;
  private static final byte[] ZEROS = new byte[BUF];

  private SparseEntry() {}

  /** The map text for these regions of a file of {@code size} bytes, padded to 512. */
  static byte[] map(List<DataRegions.Region> regions, long size) {
    StringBuilder b = new StringBuilder();
    boolean tail = regions.isEmpty() || regions.get(regions.size() - 1).end() < size;
    b.append(regions.size() + (tail ? 1 : 0)).append('\n');
    for (DataRegions.Region r : regions) {
      b.append(r.start()).append('\n').append(r.end() - r.start()).append('\n');
    }
    if (tail) {
      b.append(size).append('\n').append(0).append('\n');
    }
    byte[] text = b.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] padded = new byte[(text.length + 511) / 512 * 512];
    System.arraycopy(text, 0, padded, 0, text.length);
    return padded;
  }

  /**
   * The PAX extended header (type 'x') that announces the sparse member. Written by hand: Commons
   * Compress keeps {@code GNU.sparse.realsize} to itself instead of writing it.
   */
  static byte[] paxHeader(String name, long realSize) {
    StringBuilder b = new StringBuilder();
    record(b, "GNU.sparse.major", "1");
    record(b, "GNU.sparse.minor", "0");
    record(b, "GNU.sparse.name", name);
    record(b, "GNU.sparse.realsize", Long.toString(realSize));
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** One PAX record, {@code "LEN key=value\n"}, where LEN counts the whole record in bytes. */
  static void record(StringBuilder b, String key, String value) {
    int body = (" " + key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8).length;
    int len = body + Integer.toString(body).length();
    if (Integer.toString(len).length() != Integer.toString(body).length()) {
      len++;
    }
    b.append(len).append(' ').append(key).append('=').append(value).append('\n');
  }

  /** Bytes stored for the member: the map plus every data region. */
  static long storedSize(byte[] map, List<DataRegions.Region> regions) {
    return map.length + regions.stream().mapToLong(r -> r.end() - r.start()).sum();
  }

  /** Writes map and regions; returns the whole-file SHA-256 and the first read error (rest zero-filled). */
  static SparseCopy.Result write(Path source, long size, byte[] map, List<DataRegions.Region> regions, OutputStream out,
      CopyListener.Bytes progress) throws IOException {
    out.write(map);
    MessageDigest md = Sha256.digest();
    IOException error = null;
    long hashed = 0;
    try (FileChannel ch = FileChannel.open(source, StandardOpenOption.READ)) {
      ByteBuffer buf = ByteBuffer.allocate(BUF);
      for (DataRegions.Region r : regions) {
        hashed = zeros(md, hashed, r.start());
        progress.at(hashed, size);
        for (long pos = r.start(); pos < r.end(); ) {
          int want = (int) Math.min(BUF, r.end() - pos);
          int n = error == null ? read(ch, buf, pos, want) : -1;
          if (n <= 0) {
            error = error != null ? error : new IOException("file shrank to " + pos + " bytes while being copied");
            n = want;
            java.util.Arrays.fill(buf.array(), 0, n, (byte) 0);
          }
          out.write(buf.array(), 0, n);
          md.update(buf.array(), 0, n);
          pos += n;
          hashed += n;
        }
      }
    }
    zeros(md, hashed, size);
    progress.at(size, size);
    return new SparseCopy.Result(HexFormat.of().formatHex(md.digest()), error);
  }

  private static int read(FileChannel ch, ByteBuffer buf, long pos, int want) {
    try {
      buf.clear().limit(want);
      return ch.read(buf, pos);
    } catch (IOException e) {
      return -1;
    }
  }

  private static long zeros(MessageDigest md, long from, long to) {
    for (long p = from; p < to; ) {
      int n = (int) Math.min(BUF, to - p);
      md.update(ZEROS, 0, n);
      p += n;
    }
    return Math.max(from, to);
  }
}
