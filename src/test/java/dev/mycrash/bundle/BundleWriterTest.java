package dev.mycrash.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import dev.mycrash.process.ProcessRunner;
import dev.mycrash.process.ProcessSpec;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleWriterTest {
  @TempDir Path dir;

  @Test
  void committedBundleHasEveryEntryUnderItsTopDirWithTheRecordedHashAndMode0600() throws Exception {
    Path log = dir.resolve("error.log");
    Files.writeString(log, "2026-11-23 11:43:47 0 [Note] ready\r\nlast line without newline");
    String logSha = Sha256.ofFile(log);
    Path out = dir.resolve("out/mycrash-h-1.tar.gz");
    Files.createDirectories(out.getParent());
    try (BundleWriter w = BundleWriter.create(out, "mycrash-h-1")) {
      w.addBytes("SUMMARY.txt", null, "hello\n".getBytes(StandardCharsets.UTF_8), false);
      BundleEntry e = w.addFile("error-log/error.log", log);
      assertThat(e.sha256()).isEqualTo(logSha);
      assertThat(Files.exists(w.partialPath())).isTrue();
      assertThat(Files.exists(out)).isFalse();
      w.commit();
    }
    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.list(out.getParent()).map(p -> p.getFileName().toString())).containsExactly("mycrash-h-1.tar.gz");
    Map<String, BundleReader.Read> r = BundleReader.read(out);
    assertThat(r.keySet()).containsExactly("mycrash-h-1/SUMMARY.txt", "mycrash-h-1/error-log/error.log");
    assertThat(r.get("mycrash-h-1/error-log/error.log").content()).isEqualTo(Files.readAllBytes(log));
    assertThat(r.get("mycrash-h-1/error-log/error.log").sha256()).isEqualTo(logSha);
    assertThat(r.get("mycrash-h-1/SUMMARY.txt").mode()).isEqualTo(0600);
    assertThat(Sha256.ofFile(log)).as("input unchanged").isEqualTo(logSha);
  }

  @Test
  void closingWithoutCommitLeavesNothing() throws Exception {
    Path out = dir.resolve("b.tar.gz");
    try (BundleWriter w = BundleWriter.create(out, "b")) {
      w.addBytes("x.txt", null, new byte[100], false);
    }
    assertThat(Files.list(dir)).isEmpty();
  }

  @Test
  void anExistingBundleIsNeverOverwritten() throws Exception {
    Path out = dir.resolve("b.tar.gz");
    Files.writeString(out, "keep");
    assertThatThrownBy(() -> BundleWriter.create(out, "b")).isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    assertThat(Files.readString(out)).isEqualTo("keep");
  }

  @Test
  void sparseFileRoundTripsWithHolesAsZerosAndTheSameHash() throws Exception {
    Path sparse = dir.resolve("core");
    byte[] a = new byte[5000];
    new Random(1).nextBytes(a);
    try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
      f.setLength(40L << 20);
      f.seek(8L << 20);
      f.write(a);
      f.seek((40L << 20) - 3000);
      f.write(a, 0, 3000);
    }
    assertThat(DataRegions.of(sparse, Files.size(sparse)).size()).as("data regions of a file with two written spots").isBetween(1, 2);
    String sha = Sha256.ofFile(sparse);
    Path out = dir.resolve("s.tar.gz");
    try (BundleWriter w = BundleWriter.create(out, "s")) {
      assertThat(w.addFile("core/core", sparse).sha256()).isEqualTo(sha);
      w.commit();
    }
    BundleReader.Read r = BundleReader.read(out).get("s/core/core");
    assertThat(r.size()).isEqualTo(40L << 20);
    assertThat(r.sha256()).isEqualTo(sha);
    assertThat(Files.size(out)).as("holes are not stored").isLessThan(100_000);
    // GNU tar, what a support engineer will use, restores the same file
    Path x = Files.createDirectories(dir.resolve("x"));
    var tar = ProcessRunner.system().run(ProcessSpec.of(Duration.ofSeconds(30), "tar", "-xzf", out.toString(), "-C", x.toString()));
    assertThat(tar.ok()).as(tar.stderr()).isTrue();
    assertThat(Sha256.ofFile(x.resolve("s/core/core"))).isEqualTo(sha);
  }

  @Test
  void diskFullLeavesNothingAtTheFinalNameNorAPartialFile() throws Exception {
    Path mnt = Files.createDirectories(dir.resolve("tiny"));
    var mount = ProcessRunner.system().run(ProcessSpec.of(Duration.ofSeconds(10), "mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mnt.toString()));
    Assumptions.assumeTrue(mount.ok(), "mounting a 64k tmpfs needs root: " + mount.stderr());
    try {
      Path big = dir.resolve("random.bin");
      byte[] b = new byte[1 << 20];
      new Random(2).nextBytes(b);
      Files.write(big, b);
      String sha = Sha256.ofFile(big);
      Path out = mnt.resolve("full.tar.gz");
      assertThatThrownBy(() -> {
        try (BundleWriter w = BundleWriter.create(out, "full")) {
          w.addFile("big.bin", big);
          w.commit();
        }
      }).isInstanceOf(IOException.class).hasMessageContaining("No space left on device");
      assertThat(Files.list(mnt)).isEmpty();
      assertThat(Sha256.ofFile(big)).isEqualTo(sha);
    } finally {
      ProcessRunner.system().run(ProcessSpec.of(Duration.ofSeconds(10), "umount", mnt.toString()));
    }
  }
}
