package dev.mycrash.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mycrash.process.ProcessResult;
import dev.mycrash.process.ProcessRunner;
import dev.mycrash.process.ProcessSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * A real, small core made at test time: src/test/resources/elf/crasher.c dlopen()s plug.c's
 * library, maps a data file ({@code ib_logfile0}) and faults in the library. Build-ids are
 * fixed so tests can name them.
 */
public record NativeCrash(Path dir, Path crasher, Path plugin, Path dataFile, Path core) {
  public static final String CRASHER_ID = "2222222222222222222222222222222222222222";
  public static final String PLUGIN_ID = "11111111111111111111111111111111deadbeef";
  private static final Duration T = Duration.ofSeconds(60);

  /** Compiles and crashes in {@code dir}; skips the test when the machine cannot. */
  public static NativeCrash make(Path dir) throws IOException, InterruptedException {
    ProcessRunner run = ProcessRunner.system();
    assumeTrue(run.run(ProcessSpec.of(T, "gcc", "--version")).ok(), "gcc is not installed");
    String pattern = Files.readString(Path.of("/proc/sys/kernel/core_pattern")).strip();
    assumeTrue(!pattern.startsWith("|") && !pattern.contains("/"), "core_pattern is " + pattern);
    Path plugin = dir.resolve("libplug.so");
    Path crasher = dir.resolve("crasher");
    gcc(run, dir, "-g", "-O0", "-fPIC", "-shared", "-Wl,--build-id=0x" + PLUGIN_ID, "-o", plugin.toString(),
        copy("plug.c", dir).toString());
    gcc(run, dir, "-g", "-O0", "-Wl,--build-id=0x" + CRASHER_ID, "-o", crasher.toString(),
        copy("crasher.c", dir).toString());
    Path data = Files.writeString(dir.resolve("ib_logfile0"), "not an ELF file: a stand-in for a redo log\n");
    ProcessResult r = run.run(new ProcessSpec(
        java.util.List.of("prlimit", "--core=unlimited", crasher.toString(), plugin.toString(), data.toString()),
        T, dir,
        java.util.Map.of(), null, null));
    assumeTrue(!r.notFound(), "prlimit is not installed");
    assertThat(r.exitCode()).as("crasher must die of a signal: " + r.stderr()).isNotIn(0, 2);
    return new NativeCrash(dir, crasher, plugin, data, findCore(dir));
  }

  private static void gcc(ProcessRunner run, Path dir, String... args) throws IOException, InterruptedException {
    String[] argv = Stream.concat(Stream.of("gcc"), Stream.of(args)).toArray(String[]::new);
    ProcessResult r = run.run(ProcessSpec.of(T, argv).withWorkDir(dir));
    assertThat(r.ok()).as("gcc failed: " + r.stderr()).isTrue();
  }

  private static Path copy(String resource, Path dir) throws IOException {
    Path to = dir.resolve(resource);
    try (InputStream in = NativeCrash.class.getResourceAsStream("/elf/" + resource)) {
      Files.copy(in, to);
    }
    return to;
  }

  private static Path findCore(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      Path core = s.filter(p -> p.getFileName().toString().startsWith("core")).findFirst().orElse(null);
      assumeTrue(core != null, "no core was written in " + dir + " (ulimit or core_pattern)");
      return core;
    }
  }
}
