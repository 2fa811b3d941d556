package dev.mycrash.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Triage's reading of hangs in each kind of input. Real logs: chessdata-38 (MySQL 8.4.2 LOG_FILES
 * wait, no crash) and the MariaDB 10.11.19 udf_stack.log of the generated-here corpus (a server
 * run without crash report or waits).
 */
class TriageHangInputsTest {
  @TempDir Path tmp;

  static byte[] bytes(String resource) throws Exception {
    try (InputStream in = TriageHangInputsTest.class.getResourceAsStream(resource)) {
      return in.readAllBytes();
    }
  }

  static final String CHESS = "/corpus/real/chessdata-38-mysql842-semaphore.log";
  static final String QUIET = "/knownbugs/generated-here/udf_stack.log";

  @Test
  void aHangInABundleMemberIsFound() throws Exception {
    Path bundle = tmp.resolve("run1.tar.gz");
    try (OutputStream f = Files.newOutputStream(bundle);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(f))) {
      byte[] log = bytes(CHESS);
      TarArchiveEntry e = new TarArchiveEntry("log/error.log");
      e.setSize(log.length);
      tar.putArchiveEntry(e);
      tar.write(log);
      tar.closeArchiveEntry();
    }
    List<CrashRecord> r = LogFiles.read(bundle, new EngineCrashSource());
    assertThat(r).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo("hang");
      assertThat(c.path()).isEqualTo(bundle + "!log/error.log");
      assertThat(c.facts().latches()).containsExactly("LOG_FILES");
    });
  }

  @Test
  void aQuietLogHasNoRecord() throws Exception {
    Path log = Files.write(tmp.resolve("quiet.log"), bytes(QUIET));
    assertThat(LogFiles.read(log, new EngineCrashSource())).isEmpty();
  }
}
