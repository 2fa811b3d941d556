package dev.mycrash.errorlog.read;

import dev.mycrash.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * The error log inside a support bundle that {@code mycrash collect} wrote, so that whoever
 * receives the bundle can run {@code mycrash analyze mycrash-db1-20261123-114406.tar.gz}: the
 * member {@code <top>/error-log/<name>} (the log, byte-identical), read in place from the
 * archive. Another tar archive names no log: the message says to give the log itself.
 */
final class BundleLog {
  private static final Pattern MEMBER = Pattern.compile("[^/]+/error-log/[^/]+");

  private BundleLog() {}

  static LogInput open(String name, InputStream archive) throws IOException {
    TarArchiveInputStream tar = new TarArchiveInputStream(archive);
    for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
      if (e.isFile() && MEMBER.matcher(e.getName()).matches()) {
        return LogInput.ofStream(name + "!" + e.getName(), tar);
      }
    }
    tar.close();
    throw BadInputException.of(name, "a tar archive, but not a mycrash bundle (no error-log/ member); give analyze the error log itself");
  }
}
