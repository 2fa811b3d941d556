package dev.mycrash.gdb;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What to run gdb on, and where its output goes.
 *
 * @param gdb the gdb program ({@code "gdb"} to search PATH, or a path)
 * @param binary the server binary (mysqld, mariadbd) the core came from
 * @param core the core file
 * @param outDir where the output files are written (created if missing)
 * @param sysroot gdb's sysroot (a directory holding the collected libraries under their absolute
 *     paths), or null to use the system's
 * @param solibSearchPath directories with the collected libraries by file name; may be empty
 * @param timeout gdb is killed after this long; its output so far is kept
 */
public record GdbRequest(
    String gdb, Path binary, Path core, Path outDir, Path sysroot, List<Path> solibSearchPath, Duration timeout) {
  /** Generous: 0.3-0.6 s on a 12-thread MariaDB core here, minutes with full debug info and many threads. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

  public GdbRequest {
    if (gdb == null || gdb.isBlank() || binary == null || core == null || outDir == null) {
      throw new IllegalArgumentException("gdb, binary, core and outDir are required");
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("a positive timeout is required");
    }
    solibSearchPath = List.copyOf(solibSearchPath);
  }

  /** gdb from PATH, system libraries, the default timeout. */
  public static GdbRequest of(Path binary, Path core, Path outDir) {
    return new GdbRequest("gdb", binary, core, outDir, null, List.of(), DEFAULT_TIMEOUT);
  }

  public GdbRequest withGdb(String program) {
    return new GdbRequest(program, binary, core, outDir, sysroot, solibSearchPath, timeout);
  }

  public GdbRequest withTimeout(Duration t) {
    return new GdbRequest(gdb, binary, core, outDir, sysroot, solibSearchPath, t);
  }

  /**
   * Libraries collected under {@code root} at their absolute paths: root is the sysroot and every
   * directory under it goes on solib-search-path (see {@link CollectedLibraries}).
   */
  public GdbRequest withCollectedLibraries(Path root) {
    return withLibraries(root, CollectedLibraries.directories(root));
  }

  public GdbRequest withLibraries(Path root, List<Path> searchPath) {
    return new GdbRequest(gdb, binary, core, outDir, root, searchPath, timeout);
  }
}
