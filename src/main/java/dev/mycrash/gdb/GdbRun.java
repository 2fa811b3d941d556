package dev.mycrash.gdb;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How the gdb run went, for the manifest. Never an exception: a missing gdb, a hung gdb or an
 * unreadable core is a recorded outcome and the rest of the bundle is still written.
 *
 * @param status the outcome
 * @param detail one line for the manifest, e.g. "gdb timed out after 600s (killed, partial output kept)"
 * @param elapsed wall-clock time of gdb (zero when it did not run)
 * @param files every file written, by name (gdb_standard.txt, gdb_stderr.txt, ...)
 * @param sections per section name: COMPLETE, PARTIAL (cut by the kill), EMPTY or MISSING
 */
public record GdbRun(
    Status status, String detail, Duration elapsed, Map<String, Path> files, Map<String, SectionState> sections) {
  /** Overall outcome. */
  public enum Status {
    /** gdb ran to the end (it may still have printed errors for single commands). */
    OK,
    /** gdb was killed at the timeout; the output up to then is kept. */
    TIMED_OUT,
    /** gdb could not be started (not installed, not on PATH). */
    NOT_FOUND,
    /** gdb was not run because the core or the binary cannot be read. */
    SKIPPED,
    /** gdb exited with an error status. */
    FAILED
  }

  /** What came out of one section. */
  public enum SectionState { COMPLETE, PARTIAL, EMPTY, MISSING }

  public GdbRun {
    if (status == null || detail == null || elapsed == null) {
      throw new IllegalArgumentException("status, detail and elapsed are required");
    }
    files = Map.copyOf(files);
    sections = Map.copyOf(sections);
  }

  /** Names of the files written, sorted (for a manifest). */
  public List<String> fileNames() {
    return files.keySet().stream().sorted().toList();
  }
}
