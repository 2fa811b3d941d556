package dev.mycrash.elf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.errorlog.LogLine;
import dev.mycrash.process.ProcessRunner;
import dev.mycrash.process.ProcessSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildIdCheckTest {
  @TempDir static Path dir;
  static NativeCrash crash;
  static CoreDump core;

  @BeforeAll
  static void crash() throws Exception {
    crash = NativeCrash.make(dir);
    core = CoreReader.read(crash.core());
  }

  @Test
  void coreAndBinaryOnDiskAgree() {
    BuildIdCheck c = BuildIdCheck.of(Optional.empty(), core, crash.crasher());
    assertThat(c.verdict()).isEqualTo(BuildIdCheck.Verdict.MATCH);
    assertThat(c.summary()).isEqualTo("build-id MATCH: core, binary on disk agree on " + NativeCrash.CRASHER_ID);
  }

  @Test
  void binaryRebuiltAfterTheCrashIsAMismatch() throws Exception {
    Path rebuilt = dir.resolve("rebuilt");
    Files.createDirectories(rebuilt);
    Path exe = rebuilt.resolve("crasher");
    var r = ProcessRunner.system().run(ProcessSpec.of(Duration.ofSeconds(60), "gcc", "-O0",
        "-Wl,--build-id=0x3333333333333333333333333333333333333333", "-o", exe.toString(),
        dir.resolve("crasher.c").toString()));
    assertThat(r.ok()).as(r.stderr()).isTrue();
    // the core maps <dir>/crasher; the module is found by file name for a copy elsewhere
    BuildIdCheck c = BuildIdCheck.of(Optional.empty(), core, exe);
    assertThat(c.core()).isEqualTo(NativeCrash.CRASHER_ID);
    assertThat(c.disk()).isEqualTo("3333333333333333333333333333333333333333");
    assertThat(c.verdict()).isEqualTo(BuildIdCheck.Verdict.MISMATCH);
    assertThat(c.summary()).isEqualTo("build-id MISMATCH: core " + NativeCrash.CRASHER_ID
        + ", binary on disk 3333333333333333333333333333333333333333"
        + " -- the binary is not the one that crashed; gdb would print a wrong backtrace");
  }

  @Test
  void errorLogWitnessDisagreeingWithCoreAndDisk() {
    List<LogLine> log = List.of(new LogLine(1, "Most likely, you have hit a bug, but this error can also be caused by malfunctioning hardware."),
        new LogLine(2, "BuildID[sha1]=0A1B2C3D4E5F60718293A4B5C6D7E8F901234567"));
    BuildIdCheck c = BuildIdCheck.of(LogBuildId.find(log), core, crash.crasher());
    assertThat(c.errorLog()).isEqualTo("0a1b2c3d4e5f60718293a4b5c6d7e8f901234567");
    assertThat(c.verdict()).isEqualTo(BuildIdCheck.Verdict.MISMATCH);
  }

  @Test
  void perconaBuildIdLine() {
    assertThat(LogBuildId.find("Build ID: 4c7b2a8b3e3d1f2a9b5c6d7e8f9012345678abcd"))
        .contains("4c7b2a8b3e3d1f2a9b5c6d7e8f9012345678abcd");
    assertThat(LogBuildId.find("Server Version: 8.0.30-22 Percona Server (GPL), Release 22")).isEmpty();
  }

  @Test
  void onlyTheCoreIsUnknown() {
    BuildIdCheck c = BuildIdCheck.of(Optional.empty(), core, dir.resolve("gone/crasher"));
    assertThat(c.verdict()).isEqualTo(BuildIdCheck.Verdict.UNKNOWN);
    assertThat(c.summary()).isEqualTo("build-id UNKNOWN: only core " + NativeCrash.CRASHER_ID);
    assertThat(c.notes()).containsExactly(dir.resolve("gone/crasher") + ": cannot read: no such file");
  }
}
