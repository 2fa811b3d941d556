package dev.mycrash.triage;

import dev.mycrash.knownbugs.CrashFacts;

/**
 * One crash found in an input, or one hang: long semaphore waits without a crash report
 * ({@link CrashFacts#hangOnly()}).
 *
 * @param path where it was found (file, or "bundle.tar.gz!log/error.log")
 * @param line 1-based line of the crash header ("got signal N ;") in that file; for a hang, the
 *     first line naming one of its latches
 * @param version server version printed for that lifetime, e.g. 10.11.19-MariaDB-0+deb12u1, or
 *     null
 * @param product MySQL, Percona Server, PXC or MariaDB, or null when unknown
 * @param time the header's timestamp as printed, or null
 * @param facts what the signature and matchers need
 */
public record CrashRecord(
    String path, long line, String version, String product, String time, CrashFacts facts) {
  public CrashRecord {
    if (path == null || facts == null) {
      throw new IllegalArgumentException("path and facts are required");
    }
    if (line < 1) {
      throw new IllegalArgumentException("line numbers are 1-based: " + line);
    }
  }

  /** "hang" for long semaphore waits without a crash report, else "crash". */
  public String kind() {
    return facts.hangOnly() ? "hang" : "crash";
  }
}
