package dev.mycrash.gdb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.elf.CoreDump;
import dev.mycrash.elf.CoreReader;
import dev.mycrash.elf.E2eCrashes;
import dev.mycrash.process.ProcessRunner;
import dev.mycrash.symbols.Frame;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real gdb on the real MariaDB core made by src/test/e2e/crash-udf.sh (run with -Pe2e). */
@Tag("real-server")
class RealMariadbGdbTest {
  @TempDir Path out;

  @Test
  void crashingThreadShowsTheUdfCalledFromItemFuncUdfInt() throws Exception {
    Path core = E2eCrashes.core("udf_segv");
    GdbRun run = new GdbRunner(ProcessRunner.system())
        .run(GdbRequest.of(Path.of("/usr/sbin/mariadbd"), core, out));
    assertThat(run.status()).as(run.detail()).isEqualTo(GdbRun.Status.OK);
    GdbBacktrace bt = GdbBacktraceParser.fromRun(run).orElseThrow();
    assertThat(bt.signal()).isEqualTo("SIGSEGV");
    GdbThread t = bt.crashingThread().orElseThrow();
    assertThat(t.crashFrames()).extracting(Frame::function)
        .startsWith("crash_segv", "Item_func_udf_int::val_int")
        .contains("mysql_execute_command", "do_command");
    CoreDump dump = CoreReader.read(core);
    assertThat(t.lwp()).as("gdb and the core reader agree on the crashing thread")
        .isEqualTo((long) dump.crashingThread().orElseThrow().lwp());
    assertThat(bt.threadByLwp(dump.crashingThread().orElseThrow().lwp())).contains(t);
    assertThat(bt.threads()).hasSize(dump.threads().size());
    assertThat(Files.readString(out.resolve("gdb_sharedlibrary.txt"))).contains("crash_udf.so");
  }

  @Test
  void abortInsideTheQueryIsSigabrtThroughAbort() throws Exception {
    Path core = E2eCrashes.core("udf_abort");
    GdbRun run = new GdbRunner(ProcessRunner.system())
        .run(GdbRequest.of(Path.of("/usr/sbin/mariadbd"), core, out));
    GdbBacktrace bt = GdbBacktraceParser.parse(Files.readString(run.files().get("gdb_standard.txt")));
    assertThat(bt.signal()).isEqualTo("SIGABRT");
    assertThat(bt.crashingThread().orElseThrow().crashFrames()).extracting(Frame::function)
        .contains("crash_abort", "Item_func_udf_int::val_int");
  }

  @Test
  void semaphoreAbortShowsTheLatchHolderBlockedOnTheFrozenFileSystem() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(E2eCrashes.exists("semaphore"),
        "make-crashes.sh could not make the semaphore crash here (loop mount / fsfreeze)");
    Path core = E2eCrashes.core("semaphore");
    GdbRun run = new GdbRunner(ProcessRunner.system())
        .run(GdbRequest.of(Path.of("/usr/sbin/mariadbd"), core, out));
    GdbBacktrace bt = GdbBacktraceParser.fromRun(run).orElseThrow();
    assertThat(bt.signal()).isEqualTo("SIGABRT");
    assertThat(bt.threads()).anySatisfy(t -> assertThat(t.frames()).extracting(Frame::function)
        .contains("ha_create_table")
        .containsAnyOf("__GI_mkdir", "__libc_open64"));
    assertThat(Files.readString(E2eCrashes.crash("semaphore").resolve("error.log")))
        .contains("innodb_fatal_semaphore_wait_threshold was exceeded for dict_sys.latch");
  }
}
