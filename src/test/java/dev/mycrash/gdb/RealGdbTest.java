package dev.mycrash.gdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mycrash.elf.NativeCrash;
import dev.mycrash.process.ProcessRunner;
import dev.mycrash.process.ProcessSpec;
import dev.mycrash.symbols.Frame;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the installed gdb on a core dumped at test time (skipped when gdb or gcc is missing). */
class RealGdbTest {
  @TempDir static Path dir;
  static NativeCrash crash;

  @BeforeAll
  static void crash() throws Exception {
    assumeTrue(ProcessRunner.system().run(ProcessSpec.of(Duration.ofSeconds(30), "gdb", "--version")).ok(),
        "gdb is not installed");
    crash = NativeCrash.make(dir);
  }

  @Test
  void everySectionIsWrittenAndTheCrashingFrameIsInThePlugin() throws Exception {
    Path out = dir.resolve("gdb-out");
    GdbRun run = new GdbRunner(ProcessRunner.system()).run(GdbRequest.of(crash.crasher(), crash.core(), out));
    assertThat(run.status()).as(run.detail()).isEqualTo(GdbRun.Status.OK);
    assertThat(run.sections()).containsOnly(
        java.util.Map.entry("standard", GdbRun.SectionState.COMPLETE),
        java.util.Map.entry("full", GdbRun.SectionState.COMPLETE),
        java.util.Map.entry("sharedlibrary", GdbRun.SectionState.COMPLETE),
        java.util.Map.entry("registers", GdbRun.SectionState.COMPLETE));
    GdbBacktrace bt = GdbBacktraceParser.parse(Files.readString(out.resolve("gdb_standard.txt")));
    assertThat(bt.signal()).isEqualTo("SIGSEGV");
    assertThat(bt.crashingThread().orElseThrow().frames()).extracting(Frame::function)
        .containsExactly("plug_crash", "main");
    assertThat(bt.crashingThread().orElseThrow().frames().get(0).file())
        .isEqualTo(crash.dir().resolve("plug.c").toString());
    assertThat(Files.readString(out.resolve("gdb_full.txt"))).contains("plugin = 0x");
    assertThat(Files.readString(out.resolve("gdb_sharedlibrary.txt"))).contains(crash.plugin().toString());
    long pc = dev.mycrash.elf.CoreReader.read(crash.core()).crashingThread().orElseThrow().pc();
    assertThat(Files.readString(out.resolve("gdb_registers.txt")))
        .as("registers of the crashing thread: rip as in its NT_PRSTATUS")
        .containsPattern("(?m)^rip\\s+0x0*" + Long.toHexString(pc) + "\\s");
    assertThat(run.fileNames()).containsExactly("gdb_commands.gdb", "gdb_full.txt", "gdb_registers.txt",
        "gdb_sharedlibrary.txt", "gdb_standard.txt", "gdb_stderr.txt", "gdb_stdout.txt");
  }

  @Test
  void librariesAreLoadedFromTheCollectedSysrootUnderEitherSpelling() throws Exception {
    // copied at their NT_FILE (real) paths; gdb asks for the link-map names (/lib/... for libc)
    Path sysroot = dir.resolve("sysroot");
    for (String lib : dev.mycrash.elf.CoreReader.read(crash.core()).files().paths()) {
      if (lib.startsWith("/") && !lib.equals(crash.crasher().toString())) {
        Path to = sysroot.resolve(lib.substring(1));
        Files.createDirectories(to.getParent());
        Files.copy(Path.of(lib), to);
      }
    }
    Path out = dir.resolve("gdb-sysroot");
    GdbRun run = new GdbRunner(ProcessRunner.system())
        .run(GdbRequest.of(crash.crasher(), crash.core(), out).withCollectedLibraries(sysroot));
    assertThat(run.status()).as(run.detail()).isEqualTo(GdbRun.Status.OK);
    String libs = Files.readString(out.resolve("gdb_sharedlibrary.txt"));
    assertThat(libs).contains(sysroot.resolve(crash.plugin().toString().substring(1)).toString());
    assertThat(libs).containsPattern("Yes.*" + java.util.regex.Pattern.quote(sysroot.toString()) + ".*/libc\\.so\\.6");
    GdbBacktrace bt = GdbBacktraceParser.fromRun(run).orElseThrow();
    assertThat(bt.crashingThread().orElseThrow().frames().get(0).function()).isEqualTo("plug_crash");
  }

  @Test
  void oneFailingCommandDoesNotLoseTheOthers() throws Exception {
    GdbScript script = new GdbScript(List.of("set pagination off"), List.of(
        new GdbSection("bogus", "gdb_bogus.txt", List.of("info no-such-thing"), false),
        new GdbSection("standard", "gdb_standard.txt", List.of("thread apply all bt"), true),
        new GdbSection("bogus-last", "gdb_bogus_last.txt", List.of("frame 99"), false)));
    Path out = dir.resolve("gdb-bogus");
    GdbRun run = new GdbRunner(ProcessRunner.system(), script).run(GdbRequest.of(crash.crasher(), crash.core(), out));
    assertThat(run.sections()).containsEntry("bogus", GdbRun.SectionState.EMPTY)
        .containsEntry("standard", GdbRun.SectionState.COMPLETE);
    assertThat(run.status()).isEqualTo(GdbRun.Status.OK);
    assertThat(run.detail()).isEqualTo("gdb exit 1 (a command failed; see gdb_stderr.txt)");
    assertThat(Files.readString(out.resolve("gdb_stderr.txt"))).contains("Undefined info command: \"no-such-thing\"");
    assertThat(Files.readString(out.resolve("gdb_standard.txt"))).contains("plug_crash");
  }
}
