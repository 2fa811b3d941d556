package dev.mycrash.errorlog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.errorlog.model.Analysis;
import dev.mycrash.errorlog.model.CrashReport;
import dev.mycrash.errorlog.model.Lifetime;
import dev.mycrash.errorlog.read.LogInput;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same facts whatever the container: gzip, stdin, CRLF, small chunks, a cut tail, odd bytes. */
class ReadingTest {
  @TempDir Path tmp;

  private static final ErrorLogAnalyzer.Options ALL = ErrorLogAnalyzer.Options.of(true);

  private static byte[] full() throws IOException {
    return Files.readAllBytes(Fixtures.path(Fixtures.FULL));
  }

  private Path write(String name, byte[] b) throws IOException {
    Path p = tmp.resolve(name);
    Files.write(p, b);
    return p;
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    try (OutputStream o = new GZIPOutputStream(bo)) {
      o.write(b);
    }
    return bo.toByteArray();
  }

  /** The facts the tests compare across containers. */
  private static String facts(Analysis a) {
    StringBuilder sb = new StringBuilder();
    for (Lifetime l : a.lifetimes()) {
      sb.append(l.startLine()).append('/').append(l.readyLine()).append('/').append(l.end()).append('/').append(l.endLine()).append(' ');
    }
    for (CrashReport c : a.crashes()) {
      sb.append(c.firstLine()).append('-').append(c.lastLine()).append(':').append(c.signal()).append(':')
          .append(c.frames().size()).append(':').append(c.query()).append(':').append(c.hangAbort()).append(' ');
      c.frames().forEach(f -> sb.append(f.raw()).append('|'));
    }
    return sb.toString();
  }

  @Test
  void gzipIsReadLikeThePlainFileAndRecognisedByContentNotName() throws IOException {
    String plain = facts(Fixtures.all(Fixtures.FULL));
    assertThat(facts(Fixtures.analyze(write("error.log.1.gz", gzip(full())), ALL))).isEqualTo(plain);
    assertThat(facts(Fixtures.analyze(write("rotated-without-suffix", gzip(full())), ALL))).isEqualTo(plain);
  }

  @Test
  void concatenatedGzipMembersAreOneLog() throws IOException {
    byte[] b = full();
    int half = new String(b, StandardCharsets.ISO_8859_1).indexOf("\n", b.length / 2) + 1;
    ByteArrayOutputStream two = new ByteArrayOutputStream();
    two.write(gzip(java.util.Arrays.copyOfRange(b, 0, half)));
    two.write(gzip(java.util.Arrays.copyOfRange(b, half, b.length)));
    assertThat(facts(Fixtures.analyze(write("two-members.gz", two.toByteArray()), ALL))).isEqualTo(facts(Fixtures.all(Fixtures.FULL)));
  }

  @Test
  void stdinGivesTheSameFactsInBothScopes() throws IOException {
    try (LogInput in = LogInput.ofStream("stdin", new ByteArrayInputStream(full()))) {
      assertThat(facts(ErrorLogAnalyzer.analyze(in, ALL))).isEqualTo(facts(Fixtures.all(Fixtures.FULL)));
    }
    try (LogInput in = LogInput.ofStream("stdin", new ByteArrayInputStream(full()))) {
      Analysis a = ErrorLogAnalyzer.analyze(in, ErrorLogAnalyzer.Options.of(false));
      assertThat(facts(a)).isEqualTo(facts(Fixtures.last(Fixtures.FULL)));
      assertThat(a.bytesTotal()).isEqualTo(-1);
    }
  }

  @Test
  void crlfLineEndsChangeNothing() throws IOException {
    String crlf = new String(full(), StandardCharsets.ISO_8859_1).replace("\n", "\r\n");
    Path p = write("crlf.log", crlf.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(facts(Fixtures.analyze(p, ALL))).isEqualTo(facts(Fixtures.all(Fixtures.FULL)));
    assertThat(facts(Fixtures.analyze(p, ErrorLogAnalyzer.Options.of(false)))).isEqualTo(facts(Fixtures.last(Fixtures.FULL)));
  }

  @Test
  void tinyChunksSplitLinesAndBlocksAcrossChunkBordersWithoutChangingAnything() {
    // 1 KiB chunks: the 1.4 KB "Optimizer switch" lines are longer than a chunk
    ErrorLogAnalyzer.Options tiny = new ErrorLogAnalyzer.Options(true, 1000, 64L << 20, 1024);
    assertThat(facts(Fixtures.analyze(Fixtures.path(Fixtures.FULL), tiny))).isEqualTo(facts(Fixtures.all(Fixtures.FULL)));
    ErrorLogAnalyzer.Options tinyLast = new ErrorLogAnalyzer.Options(false, 1000, 64L << 20, 1024);
    assertThat(facts(Fixtures.analyze(Fixtures.path(Fixtures.FULL), tinyLast))).isEqualTo(facts(Fixtures.last(Fixtures.FULL)));
  }

  @Test
  void tailReadingMatchesTheWholeReadOnEveryFixtureWithACrash() {
    for (String f : new String[] {"real/pt-errlog004.log", "real/replbug-mysql92993.log", "real/trellix-551-sig11.log",
        "real/mariadbqa-A03.log", "real/ha-addons-1468-mariadb104.log", "generated/semaphore-threshold1-interleaved-truncated.error.log"}) {
      Analysis all = Fixtures.all(f);
      Analysis last = Fixtures.analyze(Fixtures.path(f), new ErrorLogAnalyzer.Options(false, 1000, 64L << 20, 1024));
      CrashReport expected = all.crashes().get(all.crashes().size() - 1);
      assertThat(last.crashes().get(last.crashes().size() - 1)).as(f).isEqualTo(expected);
    }
  }

  @Test
  void beyondTheCountLimitLineNumbersCountFromTheEnd() {
    // 711 lines; the last crash header is line 628 = 84th line from the end
    Analysis a = Fixtures.analyze(Fixtures.path(Fixtures.FULL), new ErrorLogAnalyzer.Options(false, 1000, 0, 4096));
    assertThat(a.lineNumbering()).isEqualTo("from-end");
    assertThat(a.crashes().get(0).firstLine()).isEqualTo(628 - 711 - 1);
    assertThat(a.lifetimes().get(1).endLine()).isEqualTo(-1);
    assertThat(a.lines()).isEqualTo(-1);
    // the watchdog's line 627 ("threshold was exceeded for dict_sys.latch") is numbered the same way
    assertThat(a.semaphoreWaits().watchdogAborts().get(0).line()).isEqualTo(627 - 711 - 1);
    assertThat(a.semaphoreWaits().latches().get(0).firstLine()).isEqualTo(627 - 711 - 1);
  }

  @Test
  void aCutTailEndsTheCrashAtTheLastLineRead() throws IOException {
    // cut after line 650: the watchdog crash's frames are half there
    String[] lines = new String(full(), StandardCharsets.ISO_8859_1).split("\n");
    String cut = String.join("\n", java.util.Arrays.copyOfRange(lines, 0, 650));
    Analysis a = Fixtures.analyze(write("cut.log", cut.getBytes(StandardCharsets.ISO_8859_1)), ALL);
    assertThat(a.lifetimes()).hasSize(9);
    assertThat(a.lifetimes().get(8).end()).isEqualTo("crash");
    CrashReport last = a.crashes().get(7);
    assertThat(last.firstLine()).isEqualTo(628);
    assertThat(last.lastLine()).isEqualTo(650);
    assertThat(last.hangAbort()).isTrue();
    assertThat(a.lines()).isEqualTo(650);
  }

  @Test
  void nulBytesAndInvalidUtf8AreKeptAndHarmless() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(full());
    b.write(new byte[] {0, 0, 0, 0, '\n', (byte) 0xff, (byte) 0xfe, 'x', '\n'});
    b.write("Query (0x1): SELECT 'caf\u00e9'\n".getBytes(StandardCharsets.UTF_8));
    Analysis a = Fixtures.analyze(write("odd.log", b.toByteArray()), ALL);
    assertThat(a.crashes()).hasSize(8);
    assertThat(a.lines()).isEqualTo(714);
  }

  @Test
  void aVeryLongLineIsCutForParsingButCountedAsOneLine() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write("2026-11-23 11:43:44 0 [Note] ".getBytes(StandardCharsets.US_ASCII));
    byte[] x = new byte[3 << 20];
    java.util.Arrays.fill(x, (byte) 'x');
    b.write(x);
    b.write('\n');
    b.write(full());
    Analysis a = Fixtures.analyze(write("long.log", b.toByteArray()), new ErrorLogAnalyzer.Options(true, 1000, 64L << 20, 1 << 20));
    assertThat(a.crashes()).extracting(CrashReport::firstLine).startsWith(21L).endsWith(629L);
    assertThat(a.lines()).isEqualTo(712);
  }
}
