package dev.mycrash.collect.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The parts of collection that other packages provide (the ELF/core reader, the gdb runner, the
 * error-log analysis). Each is a small interface so the pipeline does not depend on how they are
 * built; {@link #none()} declares honestly that a part is not available.
 */
public record Integrations(CoreReader coreReader, GdbStep gdb, Analysis analysis) {

  /** Reads a core's own record of what crashed. */
  public interface CoreReader {
    /** The executable the core names (NT_PRPSINFO / first NT_FILE entry), if readable. */
    Optional<Path> executable(Path core) throws Exception;

    /** Every file mapped in the core (NT_FILE), executable first, each once. */
    List<Path> mappedFiles(Path core) throws Exception;

    /** A one-line build-id verdict for the summary, comparing the crash section's, the core's and the binary's ids. */
    String buildIdVerdict(Path core, Path mysqld, List<String> crashSection) throws Exception;
  }

  /** Runs gdb on a core and declares its output files. */
  public interface GdbStep {
    List<Item> items(Path mysqld, Path core, Path workDir) throws Exception;

    /** gdb on the running server {@code pid} (collect --attach), its files under {@code gdb-live/}. */
    default List<Item> attach(Path mysqld, long pid, Path workDir) throws Exception {
      return List.of(Item.skipped("gdb-live", "attaching gdb is not available in this build"));
    }
  }

  /** The {@code analyze --json} object and its short text facts for the summary, from the engine's one reading of the log. */
  public interface Analysis {
    /** The JSON bytes of {@code analyze --json} for this reading. */
    byte[] json(dev.mycrash.errorlog.model.Analysis a) throws Exception;

    /** The semaphore blocker line for the summary, or null when none. */
    String semaphoreBlocker(dev.mycrash.errorlog.model.Analysis a) throws Exception;

    /** The last crash's first frames after the crash machinery, one line each, e.g. "JOIN::exec_inner() in /usr/sbin/mariadbd". */
    List<String> topFrames(dev.mycrash.errorlog.model.Analysis a, int max) throws Exception;

    /** The last crash's signature and known-bug verdict, a few lines, or empty when there is no crash. */
    default List<String> knownBugs(dev.mycrash.errorlog.model.Analysis a) throws Exception {
      return List.of();
    }
  }

  /** Nothing wired: the steps are recorded as skipped with the reason. */
  public static Integrations none() {
    return new Integrations(null, null, null);
  }
}
