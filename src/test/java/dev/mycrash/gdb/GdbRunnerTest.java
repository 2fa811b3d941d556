package dev.mycrash.gdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.mycrash.process.ProcessResult;
import dev.mycrash.process.ProcessRunner;
import dev.mycrash.process.ProcessSpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GdbRunnerTest {
  @TempDir Path dir;

  @Test
  void fakeGdbThatHangsIsKilledAtTheTimeoutAndItsPartialOutputKept() throws Exception {
    Path pidFile = dir.resolve("fake.pid");
    Path fake = script("fake-gdb", "#!/bin/sh\n"
        + "echo 'Program terminated with signal SIGSEGV, Segmentation fault.'\n"
        + "echo '[Current thread is 1 (Thread 0x7f22a03f56c0 (LWP 7767))]'\n"
        + "echo '@@mycrash-gdb-section standard@@'\n"
        + "echo 'Thread 1 (Thread 0x7f22a03f56c0 (LWP 7767)):'\n"
        + "echo '#0  0x00007f22acd70160 in crash_segv () at crash_udf.c:10'\n"
        + "echo $$ > " + pidFile + "\n"
        + "exec sleep 600\n");
    GdbRequest req = request().withGdb(fake.toString()).withTimeout(Duration.ofSeconds(2));
    GdbRun run = new GdbRunner(ProcessRunner.system()).run(req);
    assertThat(run.status()).isEqualTo(GdbRun.Status.TIMED_OUT);
    assertThat(run.detail()).isEqualTo("gdb timed out after 2s (killed, partial output kept)");
    assertThat(run.sections()).containsEntry("standard", GdbRun.SectionState.PARTIAL)
        .containsEntry("full", GdbRun.SectionState.MISSING);
    String standard = Files.readString(run.files().get("gdb_standard.txt"));
    assertThat(standard).contains("Program terminated with signal SIGSEGV",
        "#0  0x00007f22acd70160 in crash_segv () at crash_udf.c:10",
        "[mycrash: gdb was killed at the timeout; this output is incomplete]");
    assertThat(GdbBacktraceParser.parse(standard).crashingThread().orElseThrow().frames().get(0).function())
        .isEqualTo("crash_segv");
    long pid = Long.parseLong(Files.readString(pidFile).strip());
    Optional<ProcessHandle> sleeper = ProcessHandle.of(pid);
    assertThat(sleeper.map(ProcessHandle::isAlive)).as("the hung gdb is killed").isNotEqualTo(Optional.of(true));
  }

  @Test
  void noGdbIsRecordedAndTheCommandsAreStillWritten() throws Exception {
    GdbRun run = new GdbRunner(ProcessRunner.system()).run(request().withGdb("mycrash-no-such-gdb"));
    assertThat(run.status()).isEqualTo(GdbRun.Status.NOT_FOUND);
    assertThat(run.detail()).startsWith("gdb not found (mycrash-no-such-gdb): ");
    assertThat(run.fileNames()).containsExactly("gdb_commands.gdb");
  }

  @Test
  void unreadableCoreIsRecordedAndGdbNotStarted() throws Exception {
    Path notCore = Files.writeString(dir.resolve("core"), "Segmentation fault (core dumped)\n");
    ProcessRunner mustNotRun = spec -> fail("gdb must not run on an unreadable core");
    GdbRun run = new GdbRunner(mustNotRun).run(GdbRequest.of(binary(), notCore, dir.resolve("out")));
    assertThat(run.status()).isEqualTo(GdbRun.Status.SKIPPED);
    assertThat(run.detail()).isEqualTo("gdb not run: core unreadable: " + notCore + ": not an ELF file (no \\x7fELF magic)");
    assertThat(run.fileNames()).containsExactly("gdb_commands.gdb");
    Path missing = dir.resolve("no-core");
    assertThat(new GdbRunner(mustNotRun).run(GdbRequest.of(binary(), missing, dir.resolve("out"))).detail())
        .isEqualTo("gdb not run: core unreadable: " + missing + ": cannot read: no such file");
  }

  @Test
  void commandLineIsHardenedAndCarriesEveryCommandSeparately() throws Exception {
    List<ProcessSpec> seen = new ArrayList<>();
    ProcessRunner recorder = spec -> {
      seen.add(spec);
      return new ProcessResult(0, false, false, "", "", Duration.ofMillis(5));
    };
    GdbRequest req = request().withLibraries(dir.resolve("libs"), List.of(dir.resolve("flat")));
    new GdbRunner(recorder).run(req);
    ProcessSpec spec = seen.get(0);
    assertThat(spec.argv().subList(0, 9)).containsExactly("gdb", "-nx", "-batch", "-iex", "set debuginfod enabled off",
        "-iex", "set sysroot " + dir.resolve("libs"), "-iex", "set solib-search-path " + dir.resolve("flat"));
    assertThat(spec.argv()).containsSubsequence("-ex", "set pagination off", "-ex", "set print pretty on", "-ex",
        "set print array on", "-ex", "set print array-indexes on", "-ex", "set print elements 4096",
        "-ex", "thread apply all bt", "-ex", "thread apply all bt full", "-ex", "info sharedlibrary",
        "-ex", "info registers");
    assertThat(spec.argv().subList(spec.argv().size() - 2, spec.argv().size()))
        .containsExactly(req.binary().toString(), req.core().toString());
    assertThat(spec.env()).containsEntry("DEBUGINFOD_URLS", null);
    assertThat(spec.timeout()).isEqualTo(GdbRequest.DEFAULT_TIMEOUT);
    assertThat(spec.stdout()).isEqualTo(req.outDir().resolve("gdb_stdout.txt"));
  }

  @Test
  void attachingRunsOnlyTheQuickCommandsOnTheProcessAndSkipsAGoneOne() throws Exception {
    List<ProcessSpec> seen = new ArrayList<>();
    ProcessRunner recorder = spec -> {
      seen.add(spec);
      return new ProcessResult(0, false, false, "", "", Duration.ofMillis(5));
    };
    long self = ProcessHandle.current().pid(); // a process that exists; the recorder never runs gdb on it
    new GdbRunner(recorder, GdbScript.live()).attach("gdb", binary(), self, dir.resolve("live"), Duration.ofSeconds(30));
    List<String> argv = seen.get(0).argv();
    assertThat(argv).containsSubsequence("-ex", "thread apply all bt", "-ex", "info sharedlibrary")
        .doesNotContain("thread apply all bt full", "info registers");
    assertThat(argv.subList(argv.size() - 3, argv.size())).containsExactly("-p", Long.toString(self), binary().toString());
    assertThat(seen.get(0).timeout()).isEqualTo(Duration.ofSeconds(30));
    GdbRun gone = new GdbRunner(recorder, GdbScript.live()).attach("gdb", binary(), Long.MAX_VALUE, dir.resolve("gone"),
        Duration.ofSeconds(30));
    assertThat(gone.status()).isEqualTo(GdbRun.Status.SKIPPED);
    assertThat(gone.detail()).isEqualTo("gdb not run: no process " + Long.MAX_VALUE);
    assertThat(seen).hasSize(1);
  }

  @Test
  void commandFileForPeopleFollowsTheSupportScript() {
    assertThat(GdbScript.standard().render().lines().toList()).containsSubsequence("set debuginfod enabled off",
        "set pagination off", "set print pretty on", "set print array on", "set print array-indexes on",
        "set print elements 4096", "set logging file gdb_standard.txt", "thread apply all bt",
        "set logging file gdb_full.txt", "thread apply all bt full");
  }

  private GdbRequest request() throws IOException {
    return GdbRequest.of(binary(), minimalCore(), dir.resolve("out"));
  }

  private Path binary() throws IOException {
    Path b = dir.resolve("mysqld");
    return Files.exists(b) ? b : Files.writeString(b, "stand-in for the server binary\n");
  }

  /** The smallest file the pre-flight check accepts as a core: an ELF64 LE header, e_type 4. */
  private Path minimalCore() throws IOException {
    ByteBuffer h = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
    h.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1}).putShort(16, (short) 4).putShort(18, (short) 62);
    return Files.write(dir.resolve("core.min"), h.array());
  }

  private Path script(String name, String text) throws IOException {
    Path p = Files.writeString(dir.resolve(name), text);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
    return p;
  }
}
