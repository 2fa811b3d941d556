package dev.mycrash.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/** Test helper: every entry of a .tar.gz with its SHA-256 and (for small entries) its bytes. */
public final class BundleReader {
  public record Read(long size, String sha256, byte[] content, int mode) {}

  private BundleReader() {}

  public static Map<String, Read> read(Path tgz) throws IOException {
    Map<String, Read> out = new LinkedHashMap<>();
    try (InputStream in = new TarArchiveInputStream(new GzipCompressorInputStream(Files.newInputStream(tgz)))) {
      TarArchiveInputStream tar = (TarArchiveInputStream) in;
      for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
        var md = Sha256.digest();
        var small = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        long size = 0;
        for (int n; (n = tar.read(buf)) > 0; ) {
          md.update(buf, 0, n);
          if (size < (1 << 20)) {
            small.write(buf, 0, n);
          }
          size += n;
        }
        out.put(e.getName(), new Read(size, java.util.HexFormat.of().formatHex(md.digest()), small.toByteArray(), e.getMode()));
      }
    }
    return out;
  }
}
