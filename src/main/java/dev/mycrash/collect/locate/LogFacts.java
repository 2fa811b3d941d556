package dev.mycrash.collect.locate;

import java.time.Instant;
import java.util.List;

/**
 * What one pass over an error log tells the collector: the last server lifetime and its crash.
 * (The full reading of a log is {@code analyze}'s; this is only what locating and the summary need.)
 *
 * @param pid "as process N" of the last server start, or null
 * @param version the server version of that start, e.g. {@code 10.11.19-MariaDB-0+deb12u1}, or null
 * @param crashTime time of the last crash header, or null when the log has no crash
 * @param exe the executable named by the crash header or "ready for connections", or null
 * @param signal the signal number of the crash, or null
 * @param assertion the assertion / [FATAL] line just before the crash header, or null
 * @param query the "Query (0x...): " text of the crash report, or null
 * @param section the crash section's lines, from the header (or its assertion) to the next start
 * @param sectionFirstLine 1-based number of the section's first line in the log (0 when none)
 */
public record LogFacts(
    Long pid,
    String version,
    Instant crashTime,
    String exe,
    Integer signal,
    String assertion,
    String query,
    List<String> section,
    long sectionFirstLine) {
  public LogFacts {
    section = List.copyOf(section);
  }

  public static LogFacts empty() {
    return new LogFacts(null, null, null, null, null, null, null, List.of(), 0);
  }

  public boolean hasCrash() {
    return crashTime != null || signal != null;
  }

  public boolean mariadb() {
    return version == null || version.contains("MariaDB");
  }
}
