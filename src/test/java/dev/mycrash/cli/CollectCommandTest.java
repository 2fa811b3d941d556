package dev.mycrash.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.luben.zstd.ZstdOutputStream;
import dev.mycrash.Main;
import dev.mycrash.bundle.BundleEntry;
import dev.mycrash.bundle.BundleReader;
import dev.mycrash.bundle.Manifest;
import dev.mycrash.bundle.Sha256;
import dev.mycrash.process.ProcessRunner;
import dev.mycrash.process.ProcessSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectCommandTest {
  @TempDir Path dir;
  String out;
  String err;

  static Path log(String name) {
    try {
      return Path.of(CollectCommandTest.class.getResource("/collect/logs/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  int run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8), args);
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
    return code;
  }

  /** Every manifest entry's sha256 and size match the bytes in the tar; returns the entries by path. */
  static Map<String, BundleReader.Read> verified(Path bundle) throws Exception {
    Map<String, BundleReader.Read> tar = BundleReader.read(bundle);
    List<String> names = new ArrayList<>(tar.keySet());
    String top = names.get(0).substring(0, names.get(0).indexOf('/') + 1);
    assertThat(names.get(0)).isEqualTo(top + "SUMMARY.txt");
    assertThat(names.get(names.size() - 1)).isEqualTo(top + "manifest.json");
    Manifest m = Manifest.fromJson(tar.get(top + "manifest.json").content());
    assertThat(m.files()).hasSize(names.size() - 1);
    for (BundleEntry e : m.files()) {
      BundleReader.Read r = tar.get(top + e.path());
      assertThat(r).as(e.path()).isNotNull();
      assertThat(r.sha256()).as("sha256 of " + e.path()).isEqualTo(e.sha256());
      assertThat(r.size()).as("size of " + e.path()).isEqualTo(e.size());
    }
    Map<String, BundleReader.Read> byPath = new java.util.LinkedHashMap<>();
    tar.forEach((k, v) -> byPath.put(k.substring(top.length()), v));
    return byPath;
  }

  @Test
  void aHangWithoutACrashGetsItsKnownBugInTheSummaryAndAnalysisJson() throws Exception {
    // Percona Server 5.5 log of LP #1007268: long semaphore waits on buf_pool->mutex, no crash report
    Path log = Path.of("src/test/resources/known-bugs/LP-1007268.log");
    assertThat(run("collect", "--error-log", log.toString(), "--no-core", "--no-defaults", "--no-sql", "-o", dir.toString()))
        .as(err).isZero();
    Map<String, BundleReader.Read> b = verified(Path.of(out.strip()));
    String summary = new String(b.get("SUMMARY.txt").content(), StandardCharsets.UTF_8);
    assertThat(summary).contains("Hang (long semaphore waits, no crash report after them):",
        "Signature:  HANG|buf_pool->mutex|kernel_mutex", "Known bugs: LP-1007268: known");
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(b.get("analysis.json").content());
    assertThat(json.path("hangVerdict").path("matches").path(0).path("bug").asText()).isEqualTo("LP-1007268");
  }

  @Test
  void textOnlyBundleOfTheRealFullLog() throws Exception {
    Path log = log("full-error.log");
    String before = Sha256.ofFile(log);
    assertThat(run("collect", "--error-log", log.toString(), "--no-core", "--no-defaults", "--socket", dir.resolve("no.sock").toString(),
        "-o", dir.toString())).as(err).isZero();
    Path bundle = Path.of(out.strip());
    assertThat(err).as("silent when not on a terminal").isEmpty();
    assertThat(bundle.getFileName().toString()).matches("mycrash-.+-20261123-114406\\.tar\\.gz");
    assertThat(Files.getPosixFilePermissions(bundle)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.list(dir)).containsExactly(bundle);
    Map<String, BundleReader.Read> b = verified(bundle);
    assertThat(b.get("error-log/full-error.log").content()).isEqualTo(Files.readAllBytes(log));
    assertThat(b.keySet()).contains("crash/crash-section.txt", "crash/crash-section.demangled.txt", "analysis.json", "host/uname.txt",
        "host/core_pattern").noneMatch(k -> k.startsWith("core/") || k.startsWith("binaries/") || k.startsWith("config/"));
    String summary = new String(b.get("SUMMARY.txt").content(), StandardCharsets.UTF_8);
    assertThat(summary).contains("Signal       : 6 (SIGABRT)", "(pid 8116)", "When         : 2026-11-23T11:44:06Z",
        "crash section from line 627", "core: skipped - --no-core", "sql: skipped - no server reachable at socket " + dir.resolve("no.sock"),
        "Semaphore    : hang abort: the InnoDB watchdog killed the server waiting for dict_sys.latch",
        "Signature:  SIGABRT|tpool::thread_pool_generic::timer_generic::execute|", "Known bugs: new: matches no known bug");
    String section = new String(b.get("crash/crash-section.txt").content(), StandardCharsets.ISO_8859_1);
    assertThat(section).startsWith("2026-11-23 11:44:06 0 [ERROR] [FATAL] InnoDB: innodb_fatal_semaphore_wait_threshold was exceeded");
    assertThat(Sha256.ofFile(log)).as("input unchanged").isEqualTo(before);
  }

  @Test
  void mysql57HeaderWithoutADateIsShownAsPrintedAndItsSectionHasNoComposePrefix() throws Exception {
    // errorlog/real/dockermysql-243-mysql57-compose-memmap.log line 4: "typo3_mysql_1    | 08:43:36 UTC - mysqld got signal 6 ;"
    Path log = Path.of(CollectCommandTest.class.getResource("/errorlog/real/dockermysql-243-mysql57-compose-memmap.log").toURI());
    assertThat(run("collect", "--error-log", log.toString(), "--no-core", "--no-defaults", "--no-sql", "-o", dir.toString())).as(err).isZero();
    Map<String, BundleReader.Read> b = verified(Path.of(out.strip()));
    String summary = new String(b.get("SUMMARY.txt").content(), StandardCharsets.UTF_8);
    assertThat(summary).contains("When         : 08:43:36 UTC (the crash header prints no date, and no dated line next to it gives one)", "Signal       : 6 (SIGABRT)",
        "crash section from line 4");
    assertThat(new String(b.get("crash/crash-section.txt").content(), StandardCharsets.UTF_8))
        .startsWith("08:43:36 UTC - mysqld got signal 6 ;\nThis could be because you hit a bug.");
  }

  @Test
  void aLogTheEngineCannotReadIsStillCopiedAndTheReadingFailureRecorded() throws Exception {
    // gzip magic and method, then garbage: a rotated log cut short while being compressed
    Path log = Files.write(dir.resolve("error.log.1.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    Path outDir = Files.createDirectories(dir.resolve("out"));
    assertThat(run("collect", "--error-log", log.toString(), "--no-core", "--no-defaults", "--no-sql", "-o", outDir.toString())).as(err).isZero();
    Map<String, BundleReader.Read> b = verified(Path.of(out.strip()));
    assertThat(b.get("error-log/error.log.1.gz").content()).isEqualTo(Files.readAllBytes(log));
    String top = BundleReader.read(Path.of(out.strip())).keySet().iterator().next().split("/")[0];
    Manifest m = Manifest.fromJson(BundleReader.read(Path.of(out.strip())).get(top + "/manifest.json").content());
    assertThat(m.steps()).anySatisfy(o -> {
      assertThat(o.step()).isEqualTo("error-log:read");
      assertThat(o.status()).isEqualTo("failed");
      assertThat(o.reason()).contains("error.log.1.gz");
    }).anySatisfy(o -> {
      assertThat(o.step()).isEqualTo("analysis");
      assertThat(o.status()).isEqualTo("failed");
    });
  }

  @Test
  void coreFromSystemdZstIsDecompressedIntoTheBundleWithBinaryAndMaskedConfig() throws Exception {
    Path core = dir.resolve("core-src");
    byte[] data = new byte[9000];
    new Random(5).nextBytes(data);
    try (RandomAccessFile f = new RandomAccessFile(core.toFile(), "rw")) {
      f.seek(2 << 20);
      f.write(data);
      f.setLength(5 << 20);
    }
    Path zst = dir.resolve("core.mariadbd.0.abc123.7747.1795520628000000.zst");
    try (OutputStream o = new ZstdOutputStream(Files.newOutputStream(zst))) {
      Files.copy(core, o);
    }
    Path mysqld = Files.write(dir.resolve("mariadbd"), "\177ELF not really".getBytes(StandardCharsets.ISO_8859_1));
    Path cnf = Files.writeString(dir.resolve("my.cnf"), "[mysqld]\ndatadir = " + dir + "\nwsrep_sst_auth = sst:s3cret\n[client]\npassword=hunter2\n");
    Path outDir = Files.createDirectories(dir.resolve("out"));
    List<Path> inputs = List.of(log("udf_segv.log"), zst, mysqld, cnf);
    List<String> shas = new ArrayList<>();
    for (Path p : inputs) {
      shas.add(Sha256.ofFile(p));
    }
    assertThat(run("collect", "--error-log", log("udf_segv.log").toString(), "--core", zst.toString(), "--mysqld", mysqld.toString(),
        "--defaults-file", cnf.toString(), "--core-wait", "1", "-o", outDir.toString())).as(err).isZero();
    Map<String, BundleReader.Read> b = verified(Path.of(out.strip()));
    assertThat(b.get("core/core.mariadbd.0.abc123.7747.1795520628000000.core").sha256()).isEqualTo(Sha256.ofFile(core));
    assertThat(b.get("binaries" + mysqld).content()).isEqualTo(Files.readAllBytes(mysqld));
    String masked = new String(b.get("config" + cnf).content(), StandardCharsets.UTF_8);
    assertThat(masked).contains("wsrep_sst_auth = ********", "password=********").doesNotContain("s3cret", "hunter2");
    String summary = new String(b.get("SUMMARY.txt").content(), StandardCharsets.UTF_8);
    assertThat(summary).contains("Query        : SELECT id, v, crash_segv() FROM t1 WHERE id = 1", "Signal       : 11 (SIGSEGV)",
        "decompressed from " + zst, "libraries: failed - cannot read the core's list of mapped files", "gdb: ");
    for (int i = 0; i < inputs.size(); i++) {
      assertThat(Sha256.ofFile(inputs.get(i))).as("input unchanged: " + inputs.get(i)).isEqualTo(shas.get(i));
    }
    assertThat(Files.list(outDir)).hasSize(1);
  }

  @Test
  void aBundleWithoutErrorLogOrCoreSaysSoOnStderr() throws Exception {
    Path dd = Files.createDirectories(dir.resolve("empty-datadir"));
    Path outDir = Files.createDirectories(dir.resolve("out"));
    // --pid of no process: a server another test left running on this machine must not lend us its error log
    assertThat(run("collect", "--datadir", dd.toString(), "--no-defaults", "--no-sql", "--core-wait", "0", "--pid", "2147483646",
        "-o", outDir.toString())).isZero();
    assertThat(err.lines()).anyMatch(l -> l.startsWith("mycrash: not in the bundle: error-log: not found: " + dd))
        .anyMatch(l -> l.startsWith("mycrash: not in the bundle: core:locate: no core found"));
    assertThat(Files.list(outDir)).hasSize(1);
  }

  @Test
  void aSilentCrashWithoutReportStillGetsItsCoreWhateverItsPid() throws Exception {
    // udf_stack.log: a stack overflow, no crash report; the pid of its last start must not rule cores out
    Path dd = Files.createDirectories(dir.resolve("dd"));
    Files.write(dd.resolve("core.9999"), "\177ELF".getBytes(StandardCharsets.ISO_8859_1));
    Path outDir = Files.createDirectories(dir.resolve("out"));
    assertThat(run("collect", "--datadir", dd.toString(), "--error-log", log("udf_stack.log").toString(), "--mysqld", log("udf_stack.log").toString(),
        "--no-defaults", "--no-sql", "--core-wait", "0", "-o", outDir.toString())).as(err).isZero();
    assertThat(verified(Path.of(out.strip()))).containsKey("core/core.9999");
  }

  @Test
  void aMissingErrorLogIsOneLineNamingTheFile() {
    assertThat(run("collect", "--error-log", dir.resolve("nope.log").toString(), "--no-core", "-o", dir.toString())).isEqualTo(1);
    assertThat(err).isEqualTo("mycrash: " + dir.resolve("nope.log") + ": no such file" + System.lineSeparator());
  }

  @Test
  void aSecondRunForTheSameCrashAddsABundleAndKeepsTheFirst() throws Exception {
    String[] args = {"collect", "--error-log", log("udf_segv.log").toString(), "--no-core", "--no-defaults", "--no-sql",
        "-o", dir.toString()};
    assertThat(run(args)).isZero();
    Path first = Path.of(out.strip());
    String sha = Sha256.ofFile(first);
    assertThat(run(args)).as(err).isZero();
    Path second = Path.of(out.strip());
    String name = first.getFileName().toString().replace(".tar.gz", "");
    assertThat(second).isEqualTo(dir.resolve(name + "-2.tar.gz"));
    assertThat(verified(second).keySet()).contains("SUMMARY.txt", "manifest.json");
    assertThat(BundleReader.read(second).keySet()).allMatch(k -> k.startsWith(name + "-2/"));
    assertThat(Sha256.ofFile(first)).as("the first bundle is untouched").isEqualTo(sha);
  }

  @Test
  void diskFullOutputLeavesNothingBehind() throws Exception {
    Path mnt = Files.createDirectories(dir.resolve("tiny"));
    var mount = ProcessRunner.system().run(ProcessSpec.of(Duration.ofSeconds(10), "mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mnt.toString()));
    Assumptions.assumeTrue(mount.ok(), "mounting a 64k tmpfs needs root: " + mount.stderr());
    try {
      Path core = dir.resolve("core");
      byte[] noise = new byte[1 << 20];
      new Random(9).nextBytes(noise);
      Files.write(core, noise);
      String sha = Sha256.ofFile(core);
      int code = run("collect", "--error-log", log("udf_segv.log").toString(), "--core", core.toString(), "--mysqld", core.toString(),
          "--no-defaults", "--core-wait", "0", "-o", mnt.toString());
      assertThat(code).isEqualTo(1);
      assertThat(err).startsWith("mycrash: " + mnt).contains("No space left on device", "nothing left at this name");
      assertThat(err.lines().count()).isEqualTo(1);
      assertThat(Files.list(mnt)).isEmpty();
      assertThat(Sha256.ofFile(core)).isEqualTo(sha);
    } finally {
      ProcessRunner.system().run(ProcessSpec.of(Duration.ofSeconds(10), "umount", mnt.toString()));
    }
  }
}
