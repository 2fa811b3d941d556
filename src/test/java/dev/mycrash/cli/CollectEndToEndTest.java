package dev.mycrash.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mycrash.bundle.BundleReader;
import dev.mycrash.bundle.Sha256;
import dev.mycrash.elf.E2eCrashes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4's acceptance run: a real MariaDB crashed by src/test/e2e (a UDF SIGSEGV inside a query,
 * {@code kill -ABRT}, the fsfreeze semaphore abort), then {@code mycrash collect} given nothing but
 * {@code --defaults-file}: the option file names the datadir and a relative {@code log-error}, the
 * core lies where core_pattern {@code core} puts it, and mycrash finds the rest (the binary from
 * the core's own record, the libraries from NT_FILE) by itself.
 */
@Tag("real-server")
class CollectEndToEndTest {
  @TempDir Path dir;

  /** What a DBA's server left behind: datadir with the error log and the core, and a my.cnf. */
  private record Scene(Path cnf, Path log, Path core, String logSha, String coreSha) {}

  private Scene scene(String crashName) throws IOException {
    Path crash = E2eCrashes.crash(crashName);
    Path datadir = Files.createDirectories(dir.resolve("datadir"));
    Path log = datadir.resolve("error.log");
    Files.copy(crash.resolve("error.log"), log, StandardCopyOption.COPY_ATTRIBUTES);
    Path core = datadir.resolve("core");
    try {
      Files.createLink(core, crash.resolve("core")); // same inode and mtime: the core as the kernel wrote it
    } catch (IOException | UnsupportedOperationException crossDevice) {
      Files.createSymbolicLink(core, crash.resolve("core"));
    }
    Path cnf = dir.resolve("my.cnf");
    Files.writeString(cnf, "[mysqld]\ndatadir = " + datadir + "\nlog-error = error.log\n\n[client]\nsocket = " + dir.resolve("no.sock") + "\n");
    return new Scene(cnf, log, core, Sha256.ofFile(log), Sha256.ofFile(core));
  }

  private Map<String, BundleReader.Read> collect(Scene s) throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    CollectCommandTest t = new CollectCommandTest();
    assertThat(t.run("collect", "--defaults-file", s.cnf().toString(), "-o", out.toString())).as(t.err).isZero();
    Map<String, BundleReader.Read> b = CollectCommandTest.verified(Path.of(t.out.strip())); // every manifest sha256 verifies
    assertThat(Sha256.ofFile(s.log())).as("error log unchanged").isEqualTo(s.logSha());
    assertThat(Sha256.ofFile(s.core())).as("core unchanged").isEqualTo(s.coreSha());
    assertThat(b.get("error-log/error.log").sha256()).as("error log byte-identical").isEqualTo(s.logSha());
    assertThat(b.get("core/core").sha256()).as("core byte-identical").isEqualTo(s.coreSha());
    assertThat(b).containsKeys("binaries/usr/sbin/mariadbd", "gdb/gdb_standard.txt", "gdb/gdb_full.txt", "analysis.json",
        "crash/crash-section.txt", "crash/crash-section.demangled.txt");
    assertThat(b.keySet()).anyMatch(k -> k.matches("libs/.*/libc\\.so\\.6"));
    assertThat(text(b, "SUMMARY.txt")).containsPattern("Build-id\\s+: .*MATCH");
    return b;
  }

  private static String text(Map<String, BundleReader.Read> b, String path) {
    assertThat(b).containsKey(path);
    return new String(b.get(path).content(), StandardCharsets.UTF_8);
  }

  @Test
  void udfSegvInsideAQuery() throws Exception {
    Map<String, BundleReader.Read> b = collect(scene("udf_segv"));
    assertThat(text(b, "crash/crash-section.txt")).contains("got signal 11 ;").contains("crash_segv()")
        .contains("_ZN17Item_func_udf_int7val_intEv");
    assertThat(text(b, "crash/crash-section.demangled.txt")).contains("Item_func_udf_int::val_int()");
    assertThat(text(b, "gdb/gdb_standard.txt")).contains("Item_func_udf_int::val_int");
    assertThat(text(b, "gdb/gdb_full.txt")).contains("Item_func_udf_int::val_int");
    assertThat(b.keySet()).as("the UDF plugin only NT_FILE lists").anyMatch(k -> k.startsWith("libs/") && k.endsWith("/crash_udf.so"));
    assertThat(text(b, "SUMMARY.txt")).contains("11 (SIGSEGV)").contains("crash_segv()")
        .contains("Signature:  SIGSEGV|crash_segv|Item_func_udf_int::val_int|");
  }

  @Test
  void killAbrt() throws Exception {
    Map<String, BundleReader.Read> b = collect(scene("sig_abrt"));
    assertThat(text(b, "crash/crash-section.txt")).contains("got signal 6 ;");
    assertThat(text(b, "SUMMARY.txt")).contains("6 (SIGABRT)");
    assertThat(text(b, "gdb/gdb_standard.txt")).contains("Thread 1 ");
  }

  @Test
  void semaphoreWaitAbortOnAFrozenFilesystem() throws Exception {
    assumeTrue(E2eCrashes.exists("semaphore"), "make-crashes.sh could not make the fsfreeze crash here");
    Map<String, BundleReader.Read> b = collect(scene("semaphore"));
    assertThat(text(b, "SUMMARY.txt")).contains("hang abort").contains("dict_sys.latch");
    assertThat(text(b, "analysis.json")).contains("\"hangAbort\" : true").contains("dict_sys.latch");
    // the CREATE TABLE that held dict_sys.latch while its mkdir/open sat on the frozen filesystem
    // (it may have just returned from the call: see RealMariadbGdbTest on the thaw timing)
    assertThat(text(b, "gdb/gdb_standard.txt")).contains("ha_create_table(").contains("mysql_create_table_no_lock(");
  }
}
