package dev.mycrash.errorlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mycrash.BadInputException;
import dev.mycrash.errorlog.model.Analysis;
import dev.mycrash.errorlog.read.LogInput;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A support bundle given to analyze: the error log inside it is read, as the same log given
 * alone. The bundle here has collect's layout (SUMMARY.txt first, the log under error-log/, the
 * crash section and analysis.json beside it) around the real generated-here full-error.log.
 */
class BundleInputTest {
  @TempDir Path tmp;

  private Path tar(String file, boolean gzip, String... namesAndTexts) throws Exception {
    Path p = tmp.resolve(file);
    try (OutputStream f = Files.newOutputStream(p);
        OutputStream z = gzip ? new GZIPOutputStream(f) : f;
        TarArchiveOutputStream t = new TarArchiveOutputStream(z)) {
      for (int i = 0; i < namesAndTexts.length; i += 2) {
        byte[] b = namesAndTexts[i + 1].getBytes(StandardCharsets.ISO_8859_1);
        TarArchiveEntry e = new TarArchiveEntry(namesAndTexts[i]);
        e.setSize(b.length);
        t.putArchiveEntry(e);
        t.write(b);
        t.closeArchiveEntry();
      }
    }
    return p;
  }

  private static Analysis analyze(Path p, boolean all) {
    try (LogInput in = LogInput.open(p.toString(), System.in)) {
      return ErrorLogAnalyzer.analyze(in, ErrorLogAnalyzer.Options.of(all));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theErrorLogOfACollectBundleIsAnalysedAsTheLogItself() throws Exception {
    String log = Fixtures.text(Fixtures.FULL);
    String top = "mycrash-db1-20261123-114406/";
    Path bundle = tar("mycrash-db1-20261123-114406.tar.gz", true,
        top + "SUMMARY.txt", "Signal       : 6 (SIGABRT)\nmariadbd got signal 11 ;\n",
        top + "error-log/full-error.log", log,
        top + "crash/crash-section.txt", "261123 11:44:06 [ERROR] /usr/sbin/mariadbd got signal 6 ;\n");
    for (boolean all : new boolean[] {true, false}) {
      Analysis fromBundle = analyze(bundle, all);
      Analysis alone = analyze(Fixtures.path(Fixtures.FULL), all);
      assertThat(fromBundle.source()).isEqualTo(bundle + "!" + top + "error-log/full-error.log");
      assertThat(fromBundle.crashes()).isEqualTo(alone.crashes());
      assertThat(fromBundle.lifetimes()).isEqualTo(alone.lifetimes());
    }
    assertThat(analyze(bundle, true).crashes()).extracting(c -> c.signal()).containsExactly(11, 6, 7, 11, 6, 8, 6, 6);
  }

  @Test
  void anotherTarArchiveIsBadInputSayingWhatToGive() throws Exception {
    Path plain = tar("logs.tar", false, "var/log/mysql/error.log", Fixtures.text(Fixtures.FULL));
    assertThatThrownBy(() -> analyze(plain, true)).isInstanceOf(BadInputException.class)
        .hasMessage(plain + ": a tar archive, but not a mycrash bundle (no error-log/ member); give analyze the error log itself");
  }
}
