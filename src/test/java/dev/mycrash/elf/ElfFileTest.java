package dev.mycrash.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mycrash.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElfFileTest {
  @TempDir static Path dir;
  static NativeCrash crash;

  @BeforeAll
  static void build() throws Exception {
    crash = NativeCrash.make(dir);
  }

  @Test
  void buildIdOfExecutableAndSharedLibraryAsLinked() {
    try (ElfFile exe = ElfFile.open(crash.crasher()); ElfFile lib = ElfFile.open(crash.plugin())) {
      assertThat(exe.buildId()).contains(NativeCrash.CRASHER_ID);
      assertThat(lib.buildId()).contains(NativeCrash.PLUGIN_ID);
      assertThat(exe.header().type()).isEqualTo(ElfHeader.ET_DYN);
    }
  }

  @Test
  void sectionsAreNamed() {
    try (ElfFile exe = ElfFile.open(crash.crasher())) {
      assertThat(exe.sections()).extracting(Section::name).contains(".note.gnu.build-id", ".text", ".dynsym");
    }
  }

  @Test
  void missingFileIsBadInput() {
    Path none = dir.resolve("no-such-core");
    assertThatThrownBy(() -> ElfFile.open(none)).isInstanceOf(BadInputException.class)
        .hasMessage(none + ": cannot read: no such file");
  }

  @Test
  void textFileIsNotElf() throws IOException {
    Path txt = Files.writeString(dir.resolve("core.txt"), "this is not a core, it is a note about one\n".repeat(3));
    assertThatThrownBy(() -> ElfFile.open(txt)).isInstanceOf(BadInputException.class)
        .hasMessage(txt + ": not an ELF file (no \\x7fELF magic)");
  }

  @Test
  void emptyFileIsNotElf() throws IOException {
    Path empty = Files.createFile(dir.resolve("core.empty"));
    assertThatThrownBy(() -> ElfFile.open(empty)).hasMessage(empty + ": not an ELF file (only 0 bytes)");
  }

  @Test
  void elf32AndBigEndianAreRejectedWithAReason() throws IOException {
    byte[] h = Files.readAllBytes(crash.crasher());
    byte[] b32 = Arrays.copyOf(h, 64);
    b32[4] = 1;
    Path p32 = Files.write(dir.resolve("elf32"), b32);
    assertThatThrownBy(() -> ElfFile.open(p32)).hasMessage(p32 + ": 32-bit ELF is not supported (only ELF64)");
    byte[] be = Arrays.copyOf(h, 64);
    be[5] = 2;
    Path pbe = Files.write(dir.resolve("elfbe"), be);
    assertThatThrownBy(() -> ElfFile.open(pbe))
        .hasMessage(pbe + ": big-endian ELF is not supported (only little-endian)");
  }

  @Test
  void headerOnlyFileHasProgramHeadersCutOff() throws IOException {
    Path p = Files.write(dir.resolve("head-only"), Arrays.copyOf(Files.readAllBytes(crash.crasher()), 64));
    assertThatThrownBy(() -> ElfFile.open(p)).isInstanceOf(BadInputException.class)
        .hasMessage(p + ": program headers cut off by the end of the file");
  }

  @Test
  void readingNeverModifiesTheFile() throws IOException {
    byte[] before = Files.readAllBytes(crash.core());
    long mtime = Files.getLastModifiedTime(crash.core()).toMillis();
    CoreReader.read(crash.core());
    assertThat(Files.readAllBytes(crash.core())).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(crash.core()).toMillis()).isEqualTo(mtime);
  }
}
