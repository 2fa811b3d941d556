package dev.mycrash.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default reader's way to hangs: only inputs that mention a semaphore wait are read again by
 * the engine. Real logs: chessdata-38 (MySQL 8.4.2 LOG_FILES wait, no crash) and the MariaDB
 * 10.11.19 udf_stack.log of the generated-here corpus (a server run without crash report or waits).
 */
class HangFallbackTest {
  @TempDir Path tmp;

  static byte[] bytes(String resource) throws Exception {
    try (InputStream in = HangFallbackTest.class.getResourceAsStream(resource)) {
      return in.readAllBytes();
    }
  }

  static final String CHESS = "/corpus/real/chessdata-38-mysql842-semaphore.log";
  static final String QUIET = "/knownbugs/generated-here/udf_stack.log";

  @Test
  void aSemaphoreReportIsSeenAndAQuietLogIsNot() throws Exception {
    assertThat(HangFallback.mentions(new ByteArrayInputStream(bytes(CHESS)))).isTrue();
    assertThat(HangFallback.mentions(new ByteArrayInputStream(bytes(QUIET)))).isFalse();
  }

  @Test
  void aNeedleAcrossTheReadBufferBoundaryIsSeen() throws Exception {
    byte[] quiet = bytes(QUIET);
    byte[] chess = bytes(CHESS);
    String text = new String(chess, StandardCharsets.ISO_8859_1);
    int needle = text.indexOf("emaphore");
    // quiet log bytes up to 3 bytes before 64 KiB (the scanner's read size), then the semaphore log from its
    // first "emaphore": the needle straddles byte 65536
    int prefix = (1 << 16) - 3;
    byte[] all = new byte[prefix + chess.length - needle];
    for (int i = 0; i < prefix; i++) {
      all[i] = quiet[i % quiet.length];
    }
    System.arraycopy(chess, needle, all, prefix, chess.length - needle);
    assertThat(HangFallback.mentions(new ByteArrayInputStream(all))).isTrue();
  }

  @Test
  void aHangInABundleMemberIsFoundByTheDefaultReader() throws Exception {
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
    List<CrashRecord> r = HangFallback.read(bundle, new ServerLogReader());
    assertThat(r).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo("hang");
      assertThat(c.path()).isEqualTo(bundle + "!log/error.log");
      assertThat(c.facts().latches()).containsExactly("LOG_FILES");
    });
  }

  @Test
  void aQuietLogHasNoRecord() throws Exception {
    Path log = Files.write(tmp.resolve("quiet.log"), bytes(QUIET));
    assertThat(HangFallback.read(log, new ServerLogReader())).isEmpty();
  }
}
