package dev.mycrash.collect.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.luben.zstd.ZstdOutputStream;
import dev.mycrash.bundle.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cores in the datadir, in systemd-coredump's store (.zst) and in apport reports, found, chosen and decoded. */
class CoreStoresTest {
  @TempDir Path dir;
  Path datadir;
  Path systemd;
  Path apport;
  Path fakeCore;
  static final Instant CRASH = Instant.parse("2026-11-23T11:43:47Z");

  @BeforeEach
  void fakeCoreWithHoles() throws Exception {
    datadir = Files.createDirectories(dir.resolve("datadir"));
    systemd = Files.createDirectories(dir.resolve("coredump"));
    apport = Files.createDirectories(dir.resolve("crash"));
    fakeCore = dir.resolve("original-core");
    byte[] data = new byte[20000];
    new Random(3).nextBytes(data);
    try (RandomAccessFile f = new RandomAccessFile(fakeCore.toFile(), "rw")) {
      f.write("\177ELF".getBytes(StandardCharsets.ISO_8859_1));
      f.seek(3 << 20);
      f.write(data);
      f.setLength(6 << 20);
    }
  }

  @Test
  void datadirCoreIsFoundAndTheMatchingPidWinsOverANewerStrangerCore() throws Exception {
    Path mine = Files.copy(fakeCore, datadir.resolve("core.7747"));
    Files.setLastModifiedTime(mine, FileTime.from(CRASH.plusSeconds(1)));
    Path other = Files.copy(fakeCore, datadir.resolve("core.9999"));
    Files.setLastModifiedTime(other, FileTime.from(CRASH.plusSeconds(30)));
    List<CoreCandidate> found = new CoreFinder(systemd, apport).find(new CorePattern("core", true), datadir);
    assertThat(found).extracting(CoreCandidate::pid).containsExactly(7747L, 9999L);
    CoreChooser.Choice c = CoreChooser.choose(found, new CrashHint(7747L, CRASH, "/usr/sbin/mariadbd")).orElseThrow();
    assertThat(c.core().path()).isEqualTo(mine);
    assertThat(c.reasons()).contains("pid 7747 matches the crashed server", "written 1 s after the crash");
  }

  @Test
  void withoutHintsTheNewestCoreWinsAndAStaleCoreScoresLower() throws Exception {
    Path old = Files.copy(fakeCore, datadir.resolve("core"));
    Files.setLastModifiedTime(old, FileTime.from(CRASH.minusSeconds(86400)));
    Path zst = systemd.resolve("core.mariadbd.0.0b1c2d3e4f.7747.1795520628000000.zst");
    try (OutputStream o = new ZstdOutputStream(Files.newOutputStream(zst))) {
      Files.copy(fakeCore, o);
    }
    Files.setLastModifiedTime(zst, FileTime.from(CRASH.plusSeconds(2)));
    List<CoreCandidate> found = new CoreFinder(systemd, apport).find(new CorePattern("|/lib/systemd/systemd-coredump %P", false), datadir);
    assertThat(found).extracting(CoreCandidate::kind).containsExactly("plain", "systemd-zst");
    assertThat(CoreChooser.choose(found, CrashHint.none()).orElseThrow().core().path()).isEqualTo(zst);
    CoreChooser.Choice c = CoreChooser.choose(found, new CrashHint(null, CRASH, null)).orElseThrow();
    assertThat(c.core().path()).isEqualTo(zst);
    assertThat(CoreChooser.score(found.get(0), new CrashHint(null, CRASH, null)).orElseThrow().score()).isEqualTo(-30);
  }

  @Test
  void systemdZstIsDecompressedSparseAndByteIdentical() throws Exception {
    Path zst = systemd.resolve("core.mysqld.27.0b1c2d3e4f.2280.1795520628000000.zst");
    try (OutputStream o = new ZstdOutputStream(Files.newOutputStream(zst))) {
      Files.copy(fakeCore, o);
    }
    CoreCandidate c = new CoreFinder(systemd, apport).find(new CorePattern("core", false), null).get(0);
    assertThat(c.pid()).isEqualTo(2280L);
    assertThat(c.exe()).isEqualTo("mysqld");
    String zstSha = Sha256.ofFile(zst);
    Path out = CoreMaterializer.plainCore(c, Files.createDirectories(dir.resolve("work")));
    assertThat(Sha256.ofFile(out)).isEqualTo(Sha256.ofFile(fakeCore));
    assertThat(Sha256.ofFile(zst)).as("input unchanged").isEqualTo(zstSha);
    assertThat(allocatedBytes(out)).as("holes stay holes").isLessThan(1 << 20);
  }

  @Test
  void apportReportOfMariadbdIsFoundAndItsCoreDumpStreamDecoded() throws Exception {
    Path crash = apport.resolve("_usr_sbin_mariadbd.0.crash");
    Files.write(crash, apportReport("/usr/sbin/mariadbd", 7747, Files.readAllBytes(fakeCore)));
    Files.writeString(apport.resolve("_usr_bin_python3.12.0.crash"), "ProblemType: Crash\nExecutablePath: /usr/bin/python3.12\nCoreDump: base64\n H4sI\n");
    List<CoreCandidate> found = new CoreFinder(systemd, apport).find(new CorePattern("|/usr/share/apport/apport -p%p -- %E", false), datadir);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).pid()).isEqualTo(7747L);
    assertThat(found.get(0).exe()).isEqualTo("mariadbd");
    Path out = CoreMaterializer.plainCore(found.get(0), Files.createDirectories(dir.resolve("work")));
    assertThat(Sha256.ofFile(out)).isEqualTo(Sha256.ofFile(fakeCore));
  }

  /**
   * An apport report laid out as apport's problem_report.write() does: a gzip header with the key
   * as file name, raw deflate blocks, the CRC-32 and size trailer, each chunk base64-encoded on
   * its own continuation line.
   */
  static byte[] apportReport(String exe, long pid, byte[] core) throws Exception {
    StringBuilder s = new StringBuilder("ProblemType: Crash\nDate: Mon Nov 23 11:43:47 2026\nExecutablePath: " + exe + "\n");
    s.append("ProcStatus:\n Name:\tmariadbd\n Umask:\t0006\n State:\tS (sleeping)\n Pid:\t").append(pid).append("\n");
    s.append("CoreDump: base64\n");
    byte[] header = {0x1f, (byte) 0x8b, 8, 8, 0, 0, 0, 0, 2, (byte) 0xff, 'C', 'o', 'r', 'e', 'D', 'u', 'm', 'p', 0};
    s.append(' ').append(Base64.getEncoder().encodeToString(header)).append('\n');
    ByteArrayOutputStream pending = new ByteArrayOutputStream();
    DeflaterOutputStream d = new DeflaterOutputStream(pending, new Deflater(6, true), 65536);
    for (int off = 0; off < core.length; off += 1 << 20) {
      d.write(core, off, Math.min(1 << 20, core.length - off)); // one stream, cut into lines as it comes
      if (pending.size() > 0) {
        s.append(' ').append(Base64.getEncoder().encodeToString(pending.toByteArray())).append('\n');
        pending.reset();
      }
    }
    d.finish();
    s.append(' ').append(Base64.getEncoder().encodeToString(pending.toByteArray())).append('\n');
    CRC32 crc = new CRC32();
    crc.update(core);
    java.nio.ByteBuffer t = java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    t.putInt((int) crc.getValue()).putInt(core.length);
    s.append(' ').append(Base64.getEncoder().encodeToString(t.array())).append('\n');
    s.append("Uname: Linux 6.18.44 x86_64\n");
    return s.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  static long allocatedBytes(Path p) throws Exception {
    var r = dev.mycrash.process.ProcessRunner.system().run(dev.mycrash.process.ProcessSpec.of(java.time.Duration.ofSeconds(10), "du", "-B1", p.toString()));
    return Long.parseLong(r.stdout().split("\\s+")[0]);
  }
}
