package dev.mycrash.errorlog.parse;

import dev.mycrash.errorlog.LogLine;
import dev.mycrash.errorlog.model.CrashReport;
import dev.mycrash.errorlog.model.ResourceLimit;
import dev.mycrash.semaphore.SemaphoreCollector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one fatal-signal block (reference §3) into a {@link CrashReport}. Real excerpt
 * (MariaDB 10.11, generated on this machine kind):
 *
 * <pre>
 * 261123 11:43:47 [ERROR] /usr/sbin/mariadbd got signal 11 ;
 * Server version: 10.11.19-MariaDB-0+deb12u1 source revision: 5843d8475120241667a7ce0f8a1abb6c9b43a273
 * Thread pointer: 0x772264000c68
 * stack_bottom = 0x7f22a03f6000 thread_stack 0x49000
 * /usr/sbin/mariadbd(my_print_stacktrace+0x2e)[0x56433eb7787e]
 * Connection ID (thread ID): 9
 * Status: NOT_KILLED
 * Query (0x772264010e40): SELECT id, v, crash_segv() FROM t1 WHERE id = 1
 * Optimizer switch: index_merge=on,...
 * Writing a core file...
 * Working directory at /tmp/crashlab/datadir
 * Core pattern: core
 * </pre>
 */
public final class CrashBlockParser {
  private static final Pattern VARIABLE = Pattern.compile("^([a-z_]+)=(\\S*)\\s*$");
  private static final Pattern HANG_LATCH = Pattern.compile("threshold was exceeded for (\\S+?)\\.?(?:\\s|$)");
  private static final Pattern FATAL = Pattern.compile("\\[FATAL\\]\\s*(.*?)\\s*$");
  private static final Pattern BUILD_ID = Pattern.compile("^(?:BuildID\\[sha1\\]=|Build ID: )([0-9a-fA-F]+)");
  private static final Pattern SIGNAL_LINE = Pattern.compile("^Signal (\\S+) \\((.*)\\) at address (\\S+)");
  private static final Pattern SERVER_VERSION = Pattern.compile("^Server [Vv]ersion: (\\S+)(?: source revision: (\\S+))?");

  private CrashBlockParser() {}

  /**
   * @param header the header line
   * @param before lines just before the header (same lifetime, after any earlier block), oldest first
   * @param body the lines after the header that belong to the block
   * @param lifetimeVersion / lifetimeComment from the lifetime's Version line, or null
   */
  public static CrashReport parse(LogLine header, List<LogLine> before, List<LogLine> body, String lifetimeVersion,
      String lifetimeComment, boolean truncated) {
    CrashHeader h = CrashHeader.parse(header.text());
    if (h == null) {
      h = new CrashHeader(null, null, null, null); // a report whose header is not in the text
    }
    Fields f = new Fields();
    for (LogLine l : body) {
      f.accept(l);
    }
    long last = header.number();
    for (LogLine l : body) {
      if (!l.text().isBlank()) {
        last = l.number();
      }
    }
    String fatal = null;
    boolean hang = false;
    String latch = null;
    for (LogLine l : before) {
      String t = l.text();
      Matcher m = t.contains("[FATAL]") ? FATAL.matcher(t) : null;
      if (m != null && m.find()) {
        fatal = m.group(1);
      }
      if ((t.contains("emaphore") || t.contains("threshold")) && SemaphoreCollector.isWatchdogAbort(t)) {
        hang = true;
        Matcher lm = HANG_LATCH.matcher(l.text());
        latch = lm.find() ? lm.group(1) : latch;
      }
    }
    String version = f.version != null ? f.version : lifetimeVersion;
    String product = ProductDetector.detect(version, lifetimeComment, f.hints.toString());
    String name = h.signal() != null ? Signals.name(h.signal())
        : h.exception() == null ? null : Signals.exceptionName(h.exception());
    return new CrashReport(header.number(), last, h.time(), h.signal(), name, h.exception(), h.program(), product,
        version, f.buildId, f.revision, AssertionParser.find(before), fatal, hang, latch, f.threadPointer,
        f.connectionId, f.status, f.query.query(), f.query.note(), f.optimizer, f.variables, f.stackBottom,
        f.backtrace.frames(), f.core, f.workdir, f.corePattern, f.limits, f.kernel, truncated, f.signalCode,
        f.faultAddress);
  }

  /** The per-line field readers of a block body. */
  private static final class Fields {
    final Map<String, String> variables = new LinkedHashMap<>();
    final List<ResourceLimit> limits = new ArrayList<>();
    final QueryReader query = new QueryReader();
    final BacktraceReader backtrace = new BacktraceReader();
    final StringBuilder hints = new StringBuilder();
    String version;
    String revision;
    String buildId;
    String threadPointer;
    String stackBottom;
    Long connectionId;
    String status;
    String optimizer;
    boolean core;
    String workdir;
    String corePattern;
    String kernel;
    String signalCode;
    String faultAddress;

    void accept(LogLine line) {
      String t = line.text().strip();
      if (query.accept(line.text())) {
        return;
      }
      if (!header(t) && !trailer(t)) {
        backtrace.accept(line);
      }
    }

    private boolean header(String t) {
      Matcher m;
      if (t.startsWith("Server ") && (m = SERVER_VERSION.matcher(t)).find()) {
        version = version == null ? m.group(1) : version;
        revision = m.group(2);
      } else if (t.startsWith("Signal ") && (m = SIGNAL_LINE.matcher(t)).find()) {
        signalCode = m.group(2);
        faultAddress = m.group(3);
      } else if (t.startsWith("Build") && (m = BUILD_ID.matcher(t)).find()) {
        buildId = buildId == null ? m.group(1) : buildId;
      } else if (t.indexOf('=') > 0 && t.indexOf(' ') < 0 && (m = VARIABLE.matcher(t)).find()) {
        variables.put(m.group(1), m.group(2));
      } else if (t.startsWith("Thread pointer: ") || t.startsWith("thd: ") || t.startsWith("thd=")) {
        threadPointer = t.substring(t.startsWith("thd=") ? 4 : t.indexOf(' ') + 1).replace("pointer: ", "").strip();
      } else if (t.startsWith("stack_bottom = ")) {
        stackBottom = t.substring("stack_bottom = ".length());
        return false;
      } else if (t.contains("Percona") || t.contains("mariadb") || t.contains("mysql.com")) {
        hints.append(t).append('\n');
        return false;
      } else {
        return false;
      }
      return true;
    }

    private boolean trailer(String t) {
      ResourceLimit limit;
      if (t.startsWith("Connection ID (thread ID): ") || t.startsWith("thd->thread_id=")) {
        connectionId = parseLong(t.substring(t.startsWith("thd") ? 15 : 27));
      } else if (t.startsWith("Status: ") || t.startsWith("thd->killed=")) {
        status = t.substring(t.indexOf(t.startsWith("thd") ? '=' : ' ') + 1).strip();
      } else if (t.startsWith("Optimizer switch: ")) {
        optimizer = t.substring(18);
      } else if (t.startsWith("Writing a core file")) {
        core = true;
      } else if (t.startsWith("Working directory at ")) {
        workdir = t.substring(21);
      } else if (t.startsWith("Core pattern: ")) {
        corePattern = t.substring(14);
      } else if (t.startsWith("Kernel version: ")) {
        kernel = t.substring(16);
      } else if ((limit = LimitLine.parse(t)) != null) {
        limits.add(limit);
      } else {
        return false;
      }
      return true;
    }

    private static Long parseLong(String s) {
      try {
        return Long.valueOf(s.strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }
}
