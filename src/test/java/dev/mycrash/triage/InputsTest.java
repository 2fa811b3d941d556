package dev.mycrash.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.knownbugs.KnownBugDatabase;
import dev.mycrash.knownbugs.KnownBugMatcher;
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

/** Directories are walked for logs, gzipped logs and bundles; inputs are never modified. */
class InputsTest {
  @TempDir Path tmp;

  @Test
  void findsCrashesInPlainGzippedAndBundledLogs() throws Exception {
    byte[] log = EngineCrashSourceTest.log("udf_fpe").getBytes(StandardCharsets.UTF_8);
    Path plain = Files.write(Files.createDirectories(tmp.resolve("a/b")).resolve("master.err"), log);
    Path gz = tmp.resolve("a/old.log.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
      o.write(log);
    }
    Path bundle = tmp.resolve("crash_bundle.tar.gz");
    try (TarArchiveOutputStream t = new TarArchiveOutputStream(new GZIPOutputStream(Files.newOutputStream(bundle)))) {
      TarArchiveEntry e = new TarArchiveEntry("log/error.log");
      e.setSize(log.length);
      t.putArchiveEntry(e);
      t.write(log);
      t.closeArchiveEntry();
    }
    Files.writeString(tmp.resolve("a/notes.txt"), "got signal 11 ;\n");
    long before = Files.getLastModifiedTime(plain).toMillis();

    List<Path> files = Inputs.expand(List.of(tmp));
    assertThat(files).containsExactly(plain, gz, bundle);
    TriageReport r = new Triage(new EngineCrashSource(), new KnownBugMatcher(new KnownBugDatabase(List.of()), null)).run(files);
    assertThat(r.crashes()).isEqualTo(3);
    assertThat(r.groups()).singleElement().satisfies(g -> {
      assertThat(g.count()).isEqualTo(3);
      assertThat(g.examples()).containsExactly(plain + ":23", gz + ":23", bundle + "!log/error.log:23");
    });
    assertThat(Files.getLastModifiedTime(plain).toMillis()).isEqualTo(before);
    assertThat(Files.readAllBytes(plain)).isEqualTo(log);
  }
}
