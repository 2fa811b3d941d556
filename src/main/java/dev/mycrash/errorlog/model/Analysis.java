package dev.mycrash.errorlog.model;

import dev.mycrash.errorlog.LogLine;
import dev.mycrash.semaphore.SemaphoreSummary;
import java.util.List;

/**
 * What {@code mycrash analyze} found in one error log.
 *
 * @param source the file name as given, or "stdin"
 * @param scope "last" (the last crash and its lifetime, and what followed) or "all"
 * @param product server product, or null
 * @param version server version, or null
 * @param lifetimes server lifetimes in the scope, oldest first
 * @param crashes crash reports in the scope, oldest first
 * @param semaphoreWaits long-semaphore-wait summary of the scope (last: of the crash's lifetime)
 * @param lineNumbering "exact" (1-based lines of the input) or "from-end" (-1 is the last line;
 *     only when the default scope read the tail of a file too big to count lines in)
 * @param lines number of the last line read
 * @param bytesRead bytes read (the tail only, in the default scope on a file)
 * @param bytesTotal size of the input, -1 for streams
 * @param wrapper the log wrapper stripped (NONE, COMPOSE, CONTAINER_TS, FLUENT_JSON, SYSLOG, QUOTE)
 * @param lifetimesOmitted lifetimes outside the scope or over the cap
 * @param crashesOmitted crashes outside the scope or over the cap
 * @param lastCrashRaw the last crash block as read (header and body lines)
 * @param lastCrashLead the lines before the last crash's header from its assertion or [FATAL]
 *     line on, as read (empty when it has neither); numbered like {@code lastCrashRaw}
 */
public record Analysis(
    String source,
    String scope,
    String product,
    String version,
    List<Lifetime> lifetimes,
    List<CrashReport> crashes,
    SemaphoreSummary semaphoreWaits,
    String lineNumbering,
    long lines,
    long bytesRead,
    long bytesTotal,
    String wrapper,
    int lifetimesOmitted,
    int crashesOmitted,
    List<LogLine> lastCrashRaw,
    List<LogLine> lastCrashLead) {
  public Analysis {
    if (!"last".equals(scope) && !"all".equals(scope)) {
      throw new IllegalArgumentException("scope is last or all: " + scope);
    }
    lifetimes = List.copyOf(lifetimes);
    crashes = List.copyOf(crashes);
    lastCrashRaw = List.copyOf(lastCrashRaw);
    lastCrashLead = List.copyOf(lastCrashLead);
  }

  /** Index of the last crash in {@link #crashes}, or null when there is none. */
  public Integer lastCrash() {
    return crashes.isEmpty() ? null : crashes.size() - 1;
  }
}
