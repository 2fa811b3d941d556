package dev.mycrash.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.bundle.BundleReader;
import dev.mycrash.bundle.Sha256;
import dev.mycrash.elf.E2eCrashes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mycrash collect} on a real MariaDB core made by src/test/e2e (udf_segv): the binary is the
 * one the core names, the libraries are what the core mapped (the crash UDF plugin included),
 * gdb ran, the build-ids agree, every manifest hash verifies and no input changed.
 */
@Tag("real-server")
class CollectRealCoreTest {
  @TempDir Path dir;

  @Test
  void fullBundleOfARealUdfSegvCore() throws Exception {
    Path crash = E2eCrashes.crash("udf_segv");
    Path core = crash.resolve("core");
    Path log = crash.resolve("error.log");
    String coreSha = Sha256.ofFile(core);
    String logSha = Sha256.ofFile(log);
    CollectCommandTest t = new CollectCommandTest();
    assertThat(t.run("collect", "--core", core.toString(), "--error-log", log.toString(), "--no-defaults", "--no-sql",
        "--core-wait", "2", "-o", dir.toString())).as(t.err).isZero();
    Map<String, BundleReader.Read> b = CollectCommandTest.verified(Path.of(t.out.strip()));
    assertThat(b.get("core/core").sha256()).isEqualTo(coreSha);
    assertThat(b.get("error-log/error.log").sha256()).isEqualTo(logSha);
    assertThat(b).containsKey("binaries/usr/sbin/mariadbd");
    assertThat(b.keySet()).anyMatch(k -> k.startsWith("libs/") && k.endsWith("/crash_udf.so"))
        .anyMatch(k -> k.startsWith("libs/") && k.contains("libc.so.6"));
    assertThat(new String(b.get("gdb/gdb_standard.txt").content(), StandardCharsets.UTF_8)).contains("crash_segv");
    String summary = new String(b.get("SUMMARY.txt").content(), StandardCharsets.UTF_8);
    assertThat(summary).contains("Signal       : 11 (SIGSEGV)", "mysqld       : /usr/sbin/mariadbd (named by the core)",
        "Build-id     : build-id MATCH", "Query        : SELECT id, v, crash_segv() FROM t1 WHERE id = 1");
    assertThat(Sha256.ofFile(core)).isEqualTo(coreSha);
    assertThat(Sha256.ofFile(log)).isEqualTo(logSha);
    assertThat(Files.list(dir)).hasSize(1);
  }

  @Test
  void noCoreBundleOfTheSameCrashHoldsNoMemoryContents() throws Exception {
    Path crash = E2eCrashes.crash("udf_segv");
    CollectCommandTest t = new CollectCommandTest();
    assertThat(t.run("collect", "--core", crash.resolve("core").toString(), "--error-log", crash.resolve("error.log").toString(),
        "--no-defaults", "--no-sql", "--no-core", "-o", dir.toString())).as(t.err).isZero();
    Map<String, BundleReader.Read> b = CollectCommandTest.verified(Path.of(t.out.strip()));
    assertThat(b.keySet()).noneMatch(k -> k.startsWith("core/") || k.startsWith("binaries/") || k.startsWith("libs/") || k.startsWith("gdb/"));
    assertThat(b).containsKeys("error-log/error.log", "crash/crash-section.txt", "analysis.json");
    assertThat(Files.size(Path.of(t.out.strip()))).isLessThan(200_000);
  }

  @Test
  void theCoreIsFoundInTheDatadirAndChosenByTheCrashTime() throws Exception {
    Path crash = E2eCrashes.crash("udf_segv");
    Path datadir = Files.createDirectories(dir.resolve("datadir"));
    Files.createSymbolicLink(datadir.resolve("core"), crash.resolve("core")); // where core_pattern "core" puts it
    Path out = Files.createDirectories(dir.resolve("out"));
    CollectCommandTest t = new CollectCommandTest();
    assertThat(t.run("collect", "--datadir", datadir.toString(), "--error-log", crash.resolve("error.log").toString(),
        "--no-defaults", "--no-sql", "--core-wait", "2", "-o", out.toString())).as(t.err).isZero();
    Map<String, BundleReader.Read> b = CollectCommandTest.verified(Path.of(t.out.strip()));
    assertThat(b.get("core/core").sha256()).isEqualTo(Sha256.ofFile(crash.resolve("core")));
    String choice = new String(b.get("core/choice.txt").content(), StandardCharsets.UTF_8);
    assertThat(choice).contains("core: " + datadir.resolve("core")).containsPattern("written -?\\d+ s after the crash");
  }
}
