package dev.mycrash.collect.locate;

import dev.mycrash.errorlog.LogLine;
import dev.mycrash.errorlog.model.Analysis;
import dev.mycrash.errorlog.model.CrashReport;
import dev.mycrash.errorlog.model.Lifetime;
import dev.mycrash.errorlog.model.PrintedTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What the error-log engine's reading of the log ({@link Analysis}, default scope) tells the
 * collector: the last crash and the lifetime it ended, or with no crash the last lifetime.
 *
 * @param pid "as process N" of that lifetime's start, or null
 * @param version the server version of that lifetime, e.g. {@code 10.11.19-MariaDB-0+deb12u1}, or null
 * @param crashTime the crash header's time, or null when there is no crash or its time cannot be placed
 *     (a time of day alone, {@code 07:00:44 UTC}, is placed by the dated assertion line before it or
 *     the restart after it: {@link PrintedTime#nearest})
 * @param printedTime the crash header's time as printed ({@code 07:00:44 UTC}), or null
 * @param exe the absolute path of the executable named by the crash header or by the lifetime's
 *     start / ready line, or null
 * @param signal the signal number of the crash, or null
 * @param assertion the first line of the assertion / [FATAL] message before the crash header, or null
 * @param query the query of the crash report, or null
 * @param section the crash section's lines: the assertion / [FATAL] lines, the header and the report
 * @param sectionFirstLine the number of the section's first line (negative: counted from the end,
 *     see {@link Analysis#lineNumbering}); 0 when there is no section
 * @param analysis the engine's reading these facts come from, or null when the log was not read
 */
public record LogFacts(
    Long pid,
    String version,
    Instant crashTime,
    String printedTime,
    String exe,
    Integer signal,
    String assertion,
    String query,
    List<String> section,
    long sectionFirstLine,
    Analysis analysis) {
  public LogFacts {
    section = List.copyOf(section);
  }

  public static LogFacts empty() {
    return new LogFacts(null, null, null, null, null, null, null, null, List.of(), 0, null);
  }

  /** The facts of {@code a}; header stamps without a zone are local time in {@code zone}. */
  public static LogFacts of(Analysis a, ZoneId zone) {
    CrashReport c = a.lastCrash() == null ? null : a.crashes().get(a.lastCrash());
    Lifetime lt = c == null ? (a.lifetimes().isEmpty() ? null : a.lifetimes().get(a.lifetimes().size() - 1)) : lifetimeOf(c, a);
    String version = lt != null && lt.version() != null ? lt.version() : c != null && c.version() != null ? c.version() : a.version();
    Long pid = lt == null ? null : lt.pid();
    if (c == null) {
      return new LogFacts(pid, version, null, null, exe(null, lt, a), null, null, null, List.of(), 0, a);
    }
    List<LogLine> lines = new ArrayList<>(a.lastCrashLead());
    lines.addAll(a.lastCrashRaw());
    while (!lines.isEmpty() && lines.get(lines.size() - 1).text().isBlank()) {
      lines.remove(lines.size() - 1);
    }
    long sign = "from-end".equals(a.lineNumbering()) ? -1 : 1;
    long first = lines.isEmpty() ? c.firstLine() : sign * lines.get(0).number();
    return new LogFacts(pid, version, crashTime(c, lt, a, zone), c.time(), exe(c, lt, a), c.signal(), assertion(c, a), c.query(),
        lines.stream().map(LogLine::text).toList(), first, a);
  }

  /** The header's own date, else a time of day placed by the assertion line before it, else by the next start. */
  private static Instant crashTime(CrashReport c, Lifetime lt, Analysis a, ZoneId zone) {
    Instant own = c.instant(zone).orElse(null);
    if (own != null || c.time() == null) {
      return own;
    }
    for (LogLine l : a.lastCrashLead()) {
      Instant near = PrintedTime.instant(PrintedTime.leading(l.text()), zone).orElse(null);
      if (near != null) {
        return PrintedTime.nearest(c.time(), near).orElse(null);
      }
    }
    int next = a.lifetimes().indexOf(lt) + 1;
    if (next <= 0 || next >= a.lifetimes().size()) {
      return null;
    }
    Instant restart = PrintedTime.instant(a.lifetimes().get(next).started(), zone).orElse(null);
    return PrintedTime.nearest(c.time(), restart).orElse(null);
  }

  /** The lifetime the crash ended (the default scope keeps it), else the newest one. */
  private static Lifetime lifetimeOf(CrashReport c, Analysis a) {
    for (Lifetime l : a.lifetimes()) {
      if (l.crashLines().contains(c.firstLine())) {
        return l;
      }
    }
    return a.lifetimes().isEmpty() ? null : a.lifetimes().get(a.lifetimes().size() - 1);
  }

  /** The crash header's program when it is a path, else its lifetime's, else the newest lifetime's that names one. */
  private static String exe(CrashReport c, Lifetime lt, Analysis a) {
    if (c != null && absolute(c.program())) {
      return c.program();
    }
    if (lt != null && absolute(lt.program())) {
      return lt.program();
    }
    for (int i = a.lifetimes().size() - 1; i >= 0; i--) {
      if (absolute(a.lifetimes().get(i).program())) {
        return a.lifetimes().get(i).program();
      }
    }
    return null;
  }

  private static boolean absolute(String p) {
    return p != null && p.startsWith("/");
  }

  /** The assertion / [FATAL] line before the header, or the assertion that stands for a missing header. */
  private static String assertion(CrashReport c, Analysis a) {
    if (!a.lastCrashLead().isEmpty()) {
      return a.lastCrashLead().get(0).text().strip();
    }
    if (c.assertion() != null && c.assertion().logLine() == c.firstLine() && !a.lastCrashRaw().isEmpty()) {
      return a.lastCrashRaw().get(0).text().strip();
    }
    return null;
  }

  /** The log holds a crash report (with or without its header). */
  public boolean hasCrash() {
    return crashTime != null || signal != null || !section.isEmpty();
  }

  public boolean mariadb() {
    return version == null || version.contains("MariaDB");
  }
}
