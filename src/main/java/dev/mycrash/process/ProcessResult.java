package dev.mycrash.process;

import java.time.Duration;

/**
 * How a subprocess ended.
 *
 * @param exitCode exit status, or -1 when it did not start or was killed
 * @param notFound the program could not be started (not on PATH, not executable)
 * @param timedOut killed at the timeout; output up to then is kept
 * @param stdout captured standard output (empty when it went to a file)
 * @param stderr captured standard error (empty when it went to a file)
 * @param elapsed wall-clock time
 */
public record ProcessResult(
    int exitCode, boolean notFound, boolean timedOut, String stdout, String stderr, Duration elapsed) {

  public boolean ok() {
    return !notFound && !timedOut && exitCode == 0;
  }

  /** A short human description: "exit 0", "timed out after 30s", "not found". */
  public String describe() {
    if (notFound) {
      return "not found";
    }
    if (timedOut) {
      return "timed out after " + elapsed.toSeconds() + "s (killed, partial output kept)";
    }
    return "exit " + exitCode;
  }
}
