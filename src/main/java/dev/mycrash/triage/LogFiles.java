package dev.mycrash.triage;

import dev.mycrash.BadInputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Reads the crashes of one input: a plain or gzipped error log, or a bundle ({@code .tar.gz})
 * whose {@code *.err} / {@code *.log} members are read in archive order (shown as {@code
 * bundle.tar.gz!member}). Never modifies the input; undecodable bytes become U+FFFD.
 */
final class LogFiles {
  private LogFiles() {}

  static List<CrashRecord> read(Path file, CrashSource source) {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
      if (Inputs.isBundle(file)) {
        return bundle(file, raw, source);
      }
      InputStream in = gzipped(raw) ? new GZIPInputStream(raw) : raw;
      return source.read(file.toString(), in);
    } catch (IOException e) {
      throw BadInputException.of(file, "cannot read: " + e.getMessage());
    }
  }

  private static List<CrashRecord> bundle(Path file, InputStream raw, CrashSource source) throws IOException {
    List<CrashRecord> out = new ArrayList<>();
    TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(raw));
    TarArchiveEntry e;
    while ((e = tar.getNextEntry()) != null) {
      String n = e.getName().toLowerCase(Locale.ROOT);
      if (e.isFile() && (n.endsWith(".err") || n.endsWith(".log"))) {
        out.addAll(source.read(file + "!" + e.getName(), new NonClosing(tar)));
      }
    }
    return out;
  }

  private static boolean gzipped(InputStream in) throws IOException {
    in.mark(2);
    int a = in.read();
    int b = in.read();
    in.reset();
    return a == 0x1f && b == 0x8b;
  }

  /** Keeps a reader of one tar member from closing the whole archive. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the archive stays open for the next member
    }
  }
}
