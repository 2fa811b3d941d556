package dev.mycrash.gdb;

import dev.mycrash.BadInputException;
import dev.mycrash.elf.ElfFile;
import dev.mycrash.elf.ElfHeader;
import dev.mycrash.process.ProcessResult;
import dev.mycrash.process.ProcessRunner;
import dev.mycrash.process.ProcessSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs gdb once, in batch mode, on a core: {@code gdb -nx -batch -iex 'set debuginfod enabled
 * off' -ex ... BINARY CORE} through {@link ProcessRunner} with a timeout, then splits its output
 * into {@code gdb_standard.txt}, {@code gdb_full.txt}, {@code gdb_sharedlibrary.txt} and
 * {@code gdb_registers.txt}, keeping {@code gdb_stdout.txt}, {@code gdb_stderr.txt} and the
 * commands ({@code gdb_commands.gdb}). Every outcome is returned as a {@link GdbRun}; nothing here
 * throws for a missing gdb, a hung gdb or a bad core.
 *
 * <pre>{@code
 * GdbRun run = new GdbRunner(ProcessRunner.system()).run(GdbRequest.of(mysqld, core, outDir));
 * }</pre>
 */
public final class GdbRunner {
  public static final String STDOUT = "gdb_stdout.txt";
  public static final String STDERR = "gdb_stderr.txt";
  public static final String COMMANDS = "gdb_commands.gdb";
  private final ProcessRunner runner;
  private final GdbScript script;

  public GdbRunner(ProcessRunner runner) {
    this(runner, GdbScript.standard());
  }

  public GdbRunner(ProcessRunner runner, GdbScript script) {
    this.runner = runner;
    this.script = script;
  }

  /** Runs gdb; I/O errors on {@code outDir} itself are the only exceptions (UncheckedIOException). */
  public GdbRun run(GdbRequest req) throws InterruptedException {
    Map<String, Path> files = new LinkedHashMap<>();
    files.put(COMMANDS, write(req.outDir(), COMMANDS, script.render()));
    String unusable = preflight(req);
    if (unusable != null) {
      return new GdbRun(GdbRun.Status.SKIPPED, "gdb not run: " + unusable, Duration.ZERO, files, Map.of());
    }
    return execute(script.argv(req.gdb(), req.binary(), req.core(), req.sysroot(), req.solibSearchPath()), req.gdb(),
        req.outDir(), req.timeout(), files);
  }

  /**
   * Runs gdb on the running process {@code pid} (its executable {@code binary}) with this runner's
   * script, which should be {@link GdbScript#live()}: the process is stopped while gdb reads it.
   */
  public GdbRun attach(String gdb, Path binary, long pid, Path outDir, Duration timeout) throws InterruptedException {
    Map<String, Path> files = new LinkedHashMap<>();
    files.put(COMMANDS, write(outDir, COMMANDS, script.render()));
    if (!Files.isDirectory(Path.of("/proc", Long.toString(pid)))) {
      return new GdbRun(GdbRun.Status.SKIPPED, "gdb not run: no process " + pid, Duration.ZERO, files, Map.of());
    }
    return execute(script.attachArgv(gdb, binary, pid), gdb, outDir, timeout, files);
  }

  private GdbRun execute(java.util.List<String> argv, String gdb, Path outDir, Duration timeout, Map<String, Path> files)
      throws InterruptedException {
    Path out = outDir.resolve(STDOUT);
    Path err = outDir.resolve(STDERR);
    Map<String, String> env = new HashMap<>();
    env.put("DEBUGINFOD_URLS", null);
    ProcessResult r;
    try {
      r = runner.run(new ProcessSpec(argv, timeout, null, env, out, err));
    } catch (IOException e) {
      return new GdbRun(GdbRun.Status.FAILED, "gdb could not run: " + e.getMessage(), Duration.ZERO, files, Map.of());
    }
    if (r.notFound()) {
      return new GdbRun(GdbRun.Status.NOT_FOUND, "gdb not found (" + gdb + "): " + firstLine(r.stderr()),
          r.elapsed(), files, Map.of());
    }
    keep(files, out);
    keep(files, err);
    Map<String, GdbRun.SectionState> states = GdbSections.write(script, out, r.timedOut(), outDir, files);
    return new GdbRun(status(r, states), "gdb " + r.describe() + hint(r), r.elapsed(), files, states);
  }

  private static GdbRun.Status status(ProcessResult r, Map<String, GdbRun.SectionState> states) {
    if (r.timedOut()) {
      return GdbRun.Status.TIMED_OUT;
    }
    boolean anyOutput = states.values().stream()
        .anyMatch(s -> s == GdbRun.SectionState.COMPLETE || s == GdbRun.SectionState.PARTIAL);
    return r.exitCode() == 0 || anyOutput ? GdbRun.Status.OK : GdbRun.Status.FAILED;
  }

  private static String hint(ProcessResult r) {
    return !r.timedOut() && r.exitCode() != 0 ? " (a command failed; see " + STDERR + ")" : "";
  }

  /** Why gdb should not run, or null. */
  private static String preflight(GdbRequest req) {
    try (ElfFile core = ElfFile.open(req.core())) {
      if (core.header().type() != ElfHeader.ET_CORE) {
        return req.core() + ": not a core file";
      }
    } catch (BadInputException e) {
      return "core unreadable: " + e.getMessage();
    }
    if (!Files.isReadable(req.binary()) || Files.isDirectory(req.binary())) {
      return "binary unreadable: " + req.binary();
    }
    return null;
  }

  private static void keep(Map<String, Path> files, Path p) {
    if (Files.exists(p)) {
      files.put(p.getFileName().toString(), p);
    }
  }

  static Path write(Path dir, String name, String text) {
    try {
      Files.createDirectories(dir);
      return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstLine(String s) {
    return s.strip().lines().findFirst().orElse("");
  }
}
