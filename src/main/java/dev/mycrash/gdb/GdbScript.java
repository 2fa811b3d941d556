package dev.mycrash.gdb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The gdb commands, exactly the support team's (Percona, "MySQL is crashing: a support engineer's
 * point of view"): the print settings, then {@code thread apply all bt} logged to
 * {@code gdb_standard.txt} and {@code thread apply all bt full} to {@code gdb_full.txt}; plus
 * {@code info sharedlibrary} and the registers of the crashing thread (gdb selects it when it
 * loads the core, and {@code thread apply all} restores the selection).
 *
 * <p>gdb's batch mode abandons a {@code -x} command file at its first error, so every command is
 * passed as its own {@code -ex} (each is caught separately), and the sections are told apart by
 * {@code echo} markers in standard output, which survives a kill at the timeout.
 *
 * @param settings commands run first, with no output of interest
 * @param sections the parts whose output is kept, in order
 */
public record GdbScript(List<String> settings, List<GdbSection> sections) {
  /** Before the binary loads: a prompt or a network fetch would hang or slow a batch run. */
  public static final String DEBUGINFOD_OFF = "set debuginfod enabled off";
  static final String MARKER = "@@mycrash-gdb-section ";

  public GdbScript {
    settings = List.copyOf(settings);
    sections = List.copyOf(sections);
  }

  /** The support team's script. */
  public static GdbScript standard() {
    return new GdbScript(
        List.of("set pagination off", "set print pretty on", "set print array on", "set print array-indexes on",
            "set print elements 4096"),
        List.of(
            new GdbSection("standard", "gdb_standard.txt", List.of("thread apply all bt"), true),
            new GdbSection("full", "gdb_full.txt", List.of("thread apply all bt full"), true),
            new GdbSection("sharedlibrary", "gdb_sharedlibrary.txt", List.of("info sharedlibrary"), false),
            new GdbSection("registers", "gdb_registers.txt", List.of("info registers"), false)));
  }

  /**
   * For a running server (collect --attach): the stacks of every thread and the loaded libraries,
   * without {@code bt full}, which would keep the server stopped for much longer.
   */
  public static GdbScript live() {
    GdbScript std = standard();
    return new GdbScript(std.settings(),
        std.sections().stream().filter(s -> s.name().equals("standard") || s.name().equals("sharedlibrary")).toList());
  }

  /** The marker line that starts {@code section}'s output. */
  static String marker(GdbSection section) {
    return MARKER + section.name() + "@@";
  }

  /**
   * The command line: {@code gdb -nx -batch -iex 'set debuginfod enabled off' [-iex 'set sysroot
   * DIR'] [-iex 'set solib-search-path A:B'] -ex ... BINARY CORE}.
   */
  public List<String> argv(String gdb, Path binary, Path core, Path sysroot, List<Path> solibSearchPath) {
    List<String> a = commands(gdb, sysroot, solibSearchPath);
    a.add(binary.toString());
    a.add(core.toString());
    return a;
  }

  /**
   * The command line on a running process: {@code gdb -nx -batch ... -ex ... -p PID BINARY}. gdb
   * stops the process while it reads the threads and detaches when the batch ends.
   */
  public List<String> attachArgv(String gdb, Path binary, long pid) {
    List<String> a = commands(gdb, null, List.of());
    a.addAll(List.of("-p", Long.toString(pid), binary.toString()));
    return a;
  }

  private List<String> commands(String gdb, Path sysroot, List<Path> solibSearchPath) {
    List<String> a = new ArrayList<>(List.of(gdb, "-nx", "-batch", "-iex", DEBUGINFOD_OFF));
    if (sysroot != null) {
      a.addAll(List.of("-iex", "set sysroot " + sysroot));
    }
    if (!solibSearchPath.isEmpty()) {
      a.addAll(List.of("-iex", "set solib-search-path " + String.join(":", solibSearchPath.stream().map(Path::toString).toList())));
    }
    settings.forEach(c -> a.addAll(List.of("-ex", c)));
    for (GdbSection s : sections) {
      a.addAll(List.of("-ex", "echo \\n" + marker(s) + "\\n"));
      s.commands().forEach(c -> a.addAll(List.of("-ex", c)));
    }
    return a;
  }

  /**
   * The same commands as a gdb command file, the way a person would run them interactively
   * ({@code gdb -nx -x gdb_commands.gdb BINARY CORE}); written into the bundle for reference.
   */
  public String render() {
    StringBuilder b = new StringBuilder("# mycrash gdb commands; run as: gdb -nx -x THIS_FILE BINARY CORE\n");
    b.append(DEBUGINFOD_OFF).append('\n');
    settings.forEach(c -> b.append(c).append('\n'));
    for (GdbSection s : sections) {
      b.append("set logging file ").append(s.fileName()).append('\n');
      b.append("set logging overwrite on\nset logging enabled on\n");
      s.commands().forEach(c -> b.append(c).append('\n'));
      b.append("set logging enabled off\n");
    }
    return b.toString();
  }
}
