package dev.mycrash.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mycrash.BadInputException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads a real core dumped at test time by a small program that faults in a dlopen'ed library. */
class CoreReaderTest {
  @TempDir static Path dir;
  static NativeCrash crash;

  @BeforeAll
  static void crash() throws Exception {
    crash = NativeCrash.make(dir);
  }

  @Test
  void segfaultInDlopenedLibraryGivesSignalFaultAddressAndOneThread() {
    CoreDump core = CoreReader.read(crash.core());
    assertThat(core.threads()).hasSize(1);
    assertThat(core.crashingThread().orElseThrow().signal()).isEqualTo(11);
    assertThat(core.signal().signo()).isEqualTo(11);
    assertThat(core.signal().code()).as("SEGV_MAPERR").isEqualTo(1);
    assertThat(core.signal().address()).as("plug.c reads address 0x10").isEqualTo(0x10L);
    assertThat(core.process().fname()).isEqualTo("crasher");
    String cmd = crash.crasher() + " " + crash.plugin() + " " + crash.dataFile(); // how NativeCrash runs it
    assertThat(core.process().psargs()).as("the kernel keeps 79 bytes of the command line")
        .isEqualTo(cmd.substring(0, Math.min(79, cmd.length())).stripTrailing());
    assertThat(core.process().pid()).isEqualTo(core.threads().get(0).lwp());
  }

  @Test
  void ntFileListsTheDlopenedPluginAndTheExecutable() {
    CoreDump core = CoreReader.read(crash.core());
    assertThat(core.files().pageSize()).isEqualTo(4096);
    assertThat(core.files().paths()).contains(crash.crasher().toString(), crash.plugin().toString());
    assertThat(core.files().paths()).anyMatch(p -> p.endsWith("/libc.so.6"));
    assertThat(core.files().paths()).contains(crash.dataFile().toString());
    MappedFile first = core.files().mappings().get(0);
    assertThat(first.path()).isEqualTo(crash.crasher().toString());
    assertThat(first.fileOffset()).isZero();
  }

  @Test
  void moduleBuildIdsAreReadFromTheCoreMemory() throws IOException {
    CoreDump core = CoreReader.read(crash.core());
    assertThat(core.module(crash.crasher()).map(CoreModule::buildId)).contains(NativeCrash.CRASHER_ID);
    assertThat(core.module(crash.plugin()).map(CoreModule::buildId)).contains(NativeCrash.PLUGIN_ID);
    assertThat(core.modules()).extracting(CoreModule::path).as("a mapped data file is no module")
        .doesNotContain(crash.dataFile().toString());
    CoreModule libc = core.modules().stream().filter(m -> m.path().endsWith("/libc.so.6")).findFirst().orElseThrow();
    try (ElfFile onDisk = ElfFile.open(Path.of(libc.path()))) {
      assertThat(libc.buildId()).isEqualTo(onDisk.buildId().orElseThrow());
    }
  }

  @Test
  void completeCoreIsNotTruncated() {
    CoreDump core = CoreReader.read(crash.core());
    assertThat(core.truncation().truncated()).isFalse();
    assertThat(core.truncation().requiredSize()).isEqualTo(core.fileSize());
    assertThat(core.problems()).isEmpty();
  }

  @Test
  void coreCutInHalfIsTruncatedAndStillReadable() throws IOException {
    Path cut = dir.resolve("core.cut");
    long size = Files.size(crash.core());
    Files.copy(crash.core(), cut);
    try (FileChannel ch = FileChannel.open(cut, StandardOpenOption.WRITE)) {
      ch.truncate(size / 2);
    }
    CoreDump core = CoreReader.read(cut);
    assertThat(core.truncation().truncated()).isTrue();
    assertThat(core.truncation().missingBytes()).isEqualTo(size - size / 2);
    assertThat(core.problems()).anyMatch(p -> p.startsWith("core is truncated: "));
    assertThat(core.files().paths()).contains(crash.plugin().toString());
  }

  @Test
  void coreCutInsideItsNotesKeepsTheNotesBeforeTheCut() throws IOException {
    Path cut = dir.resolve("core.notes-cut");
    Files.copy(crash.core(), cut);
    long notesStart;
    try (ElfFile elf = ElfFile.open(crash.core())) {
      notesStart = elf.programHeaders().stream().filter(p -> p.type() == ProgramHeader.PT_NOTE)
          .findFirst().orElseThrow().offset();
    }
    try (FileChannel ch = FileChannel.open(cut, StandardOpenOption.WRITE)) {
      ch.truncate(notesStart + 400); // past the first NT_PRSTATUS (336 + 20 bytes)
    }
    CoreDump core = CoreReader.read(cut);
    assertThat(core.threads()).hasSize(1);
    assertThat(core.files()).isEqualTo(MappedFiles.NONE);
    assertThat(core.problems()).anyMatch(p -> p.contains("cut off by the end of the file"));
  }

  @Test
  void summaryLinesForTheManifest() {
    CoreDump core = CoreReader.read(crash.core());
    int lwp = core.threads().get(0).lwp();
    assertThat(CoreSummary.lines(core)).containsExactly(
        "core: " + crash.core() + ", " + core.fileSize() + " bytes, complete",
        "process: pid " + lwp + " crasher: " + core.process().psargs(),
        "signal: 11 (SIGSEGV) in LWP " + lwp + "; 1 threads",
        "mapped: " + core.files().mappings().size() + " mappings of " + core.files().paths().size() + " files; "
            + core.modules().size() + " ELF modules, " + core.modules().size() + " with a build-id");
    assertThat(core.modules()).extracting(CoreModule::path).contains(crash.crasher().toString(),
        crash.plugin().toString());
  }

  @Test
  void anExecutableIsNotACore() {
    assertThatThrownBy(() -> CoreReader.read(crash.crasher()))
        .isInstanceOf(BadInputException.class)
        .hasMessage(crash.crasher() + ": not a core file (ELF type 3)");
  }
}
