package dev.mycrash.elf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.process.ProcessResult;
import dev.mycrash.process.ProcessRunner;
import dev.mycrash.process.ProcessSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Reads real cores of a real MariaDB crashed by src/test/e2e/crash-udf.sh and crash-signal.sh. */
@Tag("real-server")
class RealCoreTest {
  private static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");

  @Test
  void installedMariadbdHasThePublishedBuildIdOf10_11_19() throws Exception {
    // /work/shared/corpus/generated-here/mariadb-10.11.19-debian12/environment.txt and summary.tsv:
    // Debian's 1:10.11.19-0+deb12u1 /usr/sbin/mariadbd has build-id 439da8d9...dc3
    ProcessResult v = ProcessRunner.system().run(ProcessSpec.of(Duration.ofSeconds(30), MARIADBD.toString(), "--version"));
    org.junit.jupiter.api.Assumptions.assumeTrue(v.stdout().contains("Ver 10.11.19-MariaDB-0+deb12u1 "),
        "the published fact is about 10.11.19-0+deb12u1; installed: " + v.stdout().strip());
    try (ElfFile elf = ElfFile.open(MARIADBD)) {
      assertThat(elf.buildId()).contains("439da8d94412de2c7eb3e2c5554bc0f31f438dc3");
    }
  }

  @Test
  void udfSegvCoreListsTheDlopenedPluginAndMatchesTheBinary() {
    CoreDump core = CoreReader.read(E2eCrashes.core("udf_segv"));
    assertThat(core.files().paths()).contains(E2eCrashes.pluginDir().resolve("crash_udf.so").toString());
    assertThat(core.module(MARIADBD).map(CoreModule::buildId))
        .contains(ElfFile.open(MARIADBD).buildId().orElseThrow());
    assertThat(core.truncation().truncated()).isFalse();
    assertThat(core.signalNumber()).isEqualTo(11);
    assertThat(core.process().fname()).isEqualTo("mariadbd");
    assertThat(core.process().psargs()).startsWith("/usr/sbin/mariadbd --no-defaults");
    assertThat(core.threads()).hasSizeGreaterThan(5);
    assertThat(core.crashingThread().orElseThrow().signal()).isEqualTo(11);
  }

  @Test
  void everyModuleBuildIdAgreesWithEuUnstrip() throws Exception {
    Path corePath = E2eCrashes.core("udf_segv");
    ProcessResult r = ProcessRunner.system().run(
        ProcessSpec.of(Duration.ofSeconds(60), "eu-unstrip", "-n", "--core=" + corePath));
    assertThat(r.ok()).as(r.describe() + " " + r.stderr()).isTrue();
    Map<String, String> expected = new HashMap<>();
    for (String line : r.stdout().split("\n")) {
      String[] f = line.trim().split("\\s+");
      // start+size buildid@addr file debugfile name: "file" is "." for the main executable
      String file = f[2].startsWith("/") ? f[2] : f[f.length - 1];
      if (file.startsWith("/")) {
        expected.put(PathNames.canonical(file), f[1].split("@")[0]);
      }
    }
    CoreDump core = CoreReader.read(corePath);
    Map<String, String> actual = new HashMap<>();
    core.modules().forEach(m -> actual.put(PathNames.canonical(m.path()), m.buildId()));
    assertThat(expected).hasSizeGreaterThan(15);
    assertThat(actual).containsAllEntriesOf(expected);
  }

  @Test
  void lddOfMariadbdMissesTheUdfThatTheCoreMapped() throws Exception {
    Ldd.Result ldd = Ldd.run(ProcessRunner.system(), MARIADBD, Ldd.DEFAULT_TIMEOUT);
    assertThat(ldd.failure()).isNull();
    CoreDump core = CoreReader.read(E2eCrashes.core("udf_segv"));
    List<Libraries.Library> libs = Libraries.union(ldd.entries(), core.files(), core.modules(), MARIADBD.toString());
    String udf = E2eCrashes.pluginDir().resolve("crash_udf.so").toString();
    assertThat(ldd.entries()).noneMatch(e -> String.valueOf(e.path()).endsWith("crash_udf.so"));
    assertThat(libs).contains(new Libraries.Library(udf, false, true));
    assertThat(libs).anyMatch(l -> l.path().endsWith("/libc.so.6") && l.inLdd() && l.inCore());
    assertThat(libs).noneMatch(l -> l.path().contains("anon_inode"));
  }

  @Test
  void triangulationMatchesTheInstalledServerAndFlagsAnotherBinary(@TempDir Path tmp) throws Exception {
    CoreDump core = CoreReader.read(E2eCrashes.core("udf_segv"));
    String installed;
    try (ElfFile elf = ElfFile.open(MARIADBD)) {
      installed = elf.buildId().orElseThrow();
    }
    BuildIdCheck same = BuildIdCheck.of(Optional.empty(), core, MARIADBD);
    assertThat(same.summary()).isEqualTo("build-id MATCH: core, binary on disk agree on " + installed);
    Path impostor = Files.copy(Path.of("/usr/bin/mariadb"), tmp.resolve("mariadbd"));
    BuildIdCheck other = BuildIdCheck.of(Optional.empty(), core, impostor);
    assertThat(other.verdict()).isEqualTo(BuildIdCheck.Verdict.MISMATCH);
    assertThat(other.core()).isEqualTo(installed);
    assertThat(other.summary()).startsWith("build-id MISMATCH: core " + installed + ", binary on disk ")
        .endsWith(" -- the binary is not the one that crashed; gdb would print a wrong backtrace");
  }

  @Test
  void ntFileIsExactlyWhatEuReadelfPrints() throws Exception {
    Path corePath = E2eCrashes.core("udf_segv");
    ProcessResult r = ProcessRunner.system().run(ProcessSpec.of(Duration.ofSeconds(60), "eu-readelf", "-n",
        corePath.toString()));
    assertThat(r.ok()).as(r.describe()).isTrue();
    // "      56433dc7c000-56433e2fe000 00000000 6823936     /usr/sbin/mariadbd"
    java.util.regex.Pattern row = java.util.regex.Pattern.compile(
        "^\\s+([0-9a-f]+)-([0-9a-f]+) ([0-9a-f]+) \\d+\\s+(.+)$");
    List<MappedFile> expected = r.stdout().lines().map(row::matcher).filter(java.util.regex.Matcher::matches)
        .map(m -> new MappedFile(Long.parseUnsignedLong(m.group(1), 16), Long.parseUnsignedLong(m.group(2), 16),
            Long.parseUnsignedLong(m.group(3), 16), m.group(4)))
        .toList();
    assertThat(expected).hasSizeGreaterThan(100);
    assertThat(CoreReader.read(corePath).files().mappings()).containsExactlyElementsOf(expected);
  }

  @Test
  void signalCoreFromOutsideHasSigabrt() {
    CoreDump core = CoreReader.read(E2eCrashes.core("sig_abrt"));
    assertThat(core.signalNumber()).isEqualTo(6);
    assertThat(core.crashingThread().orElseThrow().signal()).isEqualTo(6);
    assertThat(core.truncation().truncated()).isFalse();
  }
}
