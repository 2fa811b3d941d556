package dev.mycrash.collect.core;

import com.github.luben.zstd.ZstdInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns a chosen candidate into a plain core file gdb can read. A plain core is used where it is
 * (never modified). A systemd-coredump {@code .zst} or an apport CoreDump is decompressed as a
 * stream into a file in {@code workDir}, written sparse: 4 KiB blocks of zeros become holes, so a
 * 350 MB core takes about its data size on disk, like the kernel's own core.
 */
public final class CoreMaterializer {
  private static final int BLOCK = 4096;

  private CoreMaterializer() {}

  /** The plain core for this candidate: the file itself or a decompressed copy in {@code workDir}. */
  public static Path plainCore(CoreCandidate c, Path workDir) throws IOException {
    return switch (c.kind()) {
      case "plain" -> c.path();
      case "systemd-zst" -> decompress(new ZstdInputStream(Files.newInputStream(c.path())), workDir, c);
      case "apport" -> decompress(ApportCrashFile.coreDump(c.path()), workDir, c);
      default -> throw new IllegalStateException("unknown kind " + c.kind());
    };
  }

  private static Path decompress(InputStream in, Path workDir, CoreCandidate c) throws IOException {
    String name = c.path().getFileName().toString().replaceAll("\\.(zst|crash)$", "") + ".core";
    Path out = workDir.resolve(name);
    try (in;
        RandomAccessFile f = new RandomAccessFile(out.toFile(), "rw")) {
      writeSparse(in, f);
    }
    return out;
  }

  /** Copies a stream into a file, seeking over all-zero 4 KiB blocks instead of writing them. */
  static long writeSparse(InputStream in, RandomAccessFile f) throws IOException {
    byte[] buf = new byte[BLOCK];
    long pos = 0;
    for (int n; (n = in.readNBytes(buf, 0, BLOCK)) > 0; ) {
      if (!zero(buf, n)) {
        f.seek(pos);
        f.write(buf, 0, n);
      }
      pos += n;
    }
    f.setLength(pos);
    return pos;
  }

  private static boolean zero(byte[] b, int n) {
    for (int i = 0; i < n; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
