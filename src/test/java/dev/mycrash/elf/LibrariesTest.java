package dev.mycrash.elf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.process.ProcessResult;
import dev.mycrash.process.ProcessRunner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibrariesTest {
  @TempDir static Path dir;
  static NativeCrash crash;

  @BeforeAll
  static void crash() throws Exception {
    crash = NativeCrash.make(dir);
  }

  @Test
  void lddOfMariadbdParsesAllTwentyOneLines() throws IOException {
    List<LddEntry> e = Ldd.parse(resource("/elf/ldd.mariadbd.txt"));
    assertThat(e).hasSize(21);
    assertThat(e.get(0)).isEqualTo(new LddEntry("linux-vdso.so.1", null));
    assertThat(e.get(1)).isEqualTo(new LddEntry("libpcre2-8.so.0", "/lib/x86_64-linux-gnu/libpcre2-8.so.0"));
    assertThat(e.get(14)).isEqualTo(new LddEntry("/lib64/ld-linux-x86-64.so.2", "/lib64/ld-linux-x86-64.so.2"));
    assertThat(e).noneMatch(LddEntry::notFound);
  }

  @Test
  void lddNotFoundAndWarningLines() {
    List<LddEntry> e = Ldd.parse("./mysqld: /lib64/libssl.so.1.0.0: no version information available (required by ./mysqld)\n"
        + "\tlibssl.so.1.0.0 => not found\n\tlibc.so.6 => /lib64/libc.so.6 (0x00007f5d1c2a1000)\n");
    assertThat(e).containsExactly(new LddEntry("libssl.so.1.0.0", null), new LddEntry("libc.so.6", "/lib64/libc.so.6"));
    assertThat(e.get(0).notFound()).isTrue();
  }

  @Test
  void theCoreListsThePluginThatLddDoesNot() throws Exception {
    Ldd.Result ldd = Ldd.run(ProcessRunner.system(), crash.crasher(), Ldd.DEFAULT_TIMEOUT);
    assertThat(ldd.failure()).isNull();
    assertThat(ldd.entries()).extracting(LddEntry::name).contains("libc.so.6").doesNotContain("libplug.so");
    CoreDump core = CoreReader.read(crash.core());
    List<Libraries.Library> libs = Libraries.union(ldd.entries(), core.files(), core.modules(),
        crash.crasher().toString());
    assertThat(libs).contains(new Libraries.Library(crash.plugin().toString(), false, true));
    assertThat(libs).anyMatch(l -> l.path().endsWith("/libc.so.6") && l.inLdd() && l.inCore());
    assertThat(libs).as("one entry per file, merged-usr spellings joined")
        .filteredOn(l -> l.path().endsWith("/libc.so.6")).hasSize(1);
    assertThat(libs).noneMatch(l -> l.path().equals(crash.crasher().toString()));
    assertThat(libs).noneMatch(l -> l.path().equals(crash.dataFile().toString()));
  }

  @Test
  void lddThatHangsIsReportedNotThrown() throws Exception {
    ProcessRunner hung = spec -> new ProcessResult(-1, false, true, "\tlibc.so.6 => /lib/libc.so.6 (0x1)\n", "",
        Duration.ofSeconds(30));
    Ldd.Result r = Ldd.run(hung, crash.crasher(), Ldd.DEFAULT_TIMEOUT);
    assertThat(r.failure()).isEqualTo("ldd: timed out after 30s (killed, partial output kept)");
    assertThat(r.entries()).containsExactly(new LddEntry("libc.so.6", "/lib/libc.so.6"));
  }

  @Test
  void lddMissingIsReported() throws Exception {
    ProcessRunner none = spec -> {
      assertThat(spec.argv()).containsExactly("ldd", crash.crasher().toString());
      return new ProcessResult(-1, true, false, "", "Cannot run program \"ldd\"", Duration.ZERO);
    };
    assertThat(Ldd.run(none, crash.crasher(), Duration.ofSeconds(5)).failure())
        .isEqualTo("ldd: not found: Cannot run program \"ldd\"");
  }

  static String resource(String name) throws IOException {
    try (InputStream in = LibrariesTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
