package dev.mycrash.errorlog.model;

import dev.mycrash.symbols.Frame;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;

/**
 * One crash report of an error log: the fatal-signal block with what preceded it (assertion,
 * [FATAL] message, watchdog). Line numbers are 1-based lines of the input (negative when counted from the end, see Analysis).
 *
 * @param firstLine the {@code got signal} header line; when the header is not in the text, the
 *     "Attempting backtrace" line or the assertion line that stands for the report
 * @param lastLine the last non-blank line of the block
 * @param time the header's timestamp as printed, or null
 * @param signal signal number, null for a Windows exception
 * @param signalName e.g. SIGSEGV, EXCEPTION_ACCESS_VIOLATION
 * @param exception Windows exception code, or null
 * @param program program name or path in the header
 * @param product product name (see ProductDetector), or null
 * @param version server version from the report or its lifetime
 * @param buildId {@code BuildID[sha1]=} / {@code Build ID:}, or null
 * @param sourceRevision MariaDB {@code source revision:}, or null
 * @param assertion the assertion just before the header, or null
 * @param fatalMessage the {@code [FATAL]} message just before the header, or null
 * @param hangAbort the InnoDB watchdog killed a hung server on purpose
 * @param hangLatch the latch the watchdog names (MariaDB 10.6+, e.g. dict_sys.latch), or null
 * @param threadPointer {@code Thread pointer:} / {@code thd:} as printed
 * @param connectionId {@code Connection ID (thread ID):} / {@code thd->thread_id=}
 * @param status {@code Status:} / {@code thd->killed=}
 * @param query the query verbatim (multi-line kept), or null
 * @param queryNote what the server said instead of a query ("is an invalid pointer"), or null
 * @param optimizerSwitch MariaDB {@code Optimizer switch:}, or null
 * @param variables the variables block (key_buffer_size=..., max_threads=...)
 * @param stackBottom {@code stack_bottom = X thread_stack Y} as printed, or null
 * @param frames the backtrace
 * @param coreWritten the report says {@code Writing a core file}
 * @param workingDirectory MariaDB {@code Working directory at}, or null
 * @param corePattern MariaDB {@code Core pattern:}, or null
 * @param resourceLimits MariaDB resource-limits table rows
 * @param kernelVersion MariaDB {@code Kernel version:}, or null
 * @param truncated the block hit the size cap and was cut
 * @param signalCode MySQL 8.0.3x+ {@code Signal SIGSEGV (Address not mapped to object) at address
 *     0x...}: the si_code text, or null
 * @param faultAddress the address of that line, or null
 */
public record CrashReport(
    long firstLine,
    long lastLine,
    String time,
    Integer signal,
    String signalName,
    String exception,
    String program,
    String product,
    String version,
    String buildId,
    String sourceRevision,
    Assertion assertion,
    String fatalMessage,
    boolean hangAbort,
    String hangLatch,
    String threadPointer,
    Long connectionId,
    String status,
    String query,
    String queryNote,
    String optimizerSwitch,
    Map<String, String> variables,
    String stackBottom,
    List<Frame> frames,
    boolean coreWritten,
    String workingDirectory,
    String corePattern,
    List<ResourceLimit> resourceLimits,
    String kernelVersion,
    boolean truncated,
    String signalCode,
    String faultAddress) {
  public CrashReport {
    if (firstLine == 0 || lastLine < firstLine) {
      throw new IllegalArgumentException("bad crash lines " + firstLine + ".." + lastLine);
    }
    variables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variables));
    frames = List.copyOf(frames);
    resourceLimits = List.copyOf(resourceLimits);
  }

  /**
   * When the server crashed, read from {@link #time}: old stamps without a zone ({@code 261123
   * 11:43:44}) are local time in {@code local}; empty when the header has no time or no date
   * ({@code 07:00:44 UTC}). See {@link PrintedTime}.
   */
  public java.util.Optional<java.time.Instant> instant(java.time.ZoneId local) {
    return PrintedTime.instant(time, local);
  }

  /** The same report with every line number mapped through {@code f}. */
  public CrashReport renumber(LongUnaryOperator f) {
    return new CrashReport(f.applyAsLong(firstLine), f.applyAsLong(lastLine), time, signal, signalName, exception,
        program, product, version, buildId, sourceRevision,
        assertion == null ? null : assertion.withLogLine(f.applyAsLong(assertion.logLine())), fatalMessage, hangAbort,
        hangLatch, threadPointer, connectionId, status, query, queryNote, optimizerSwitch, variables, stackBottom,
        frames, coreWritten, workingDirectory, corePattern, resourceLimits, kernelVersion, truncated, signalCode,
        faultAddress);
  }
}
