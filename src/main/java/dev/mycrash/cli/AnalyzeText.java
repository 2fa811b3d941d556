package dev.mycrash.cli;

import dev.mycrash.errorlog.LogLine;
import dev.mycrash.errorlog.model.Analysis;
import dev.mycrash.errorlog.model.CrashReport;
import dev.mycrash.errorlog.model.Lifetime;
import dev.mycrash.semaphore.Blocker;
import dev.mycrash.semaphore.LatchSummary;
import dev.mycrash.semaphore.SemaphoreSummary;
import dev.mycrash.symbols.Frame;
import java.io.PrintStream;
import java.util.List;

/** The terminal report of {@code mycrash analyze}: 80 columns, the last crash first in mind. */
final class AnalyzeText {
  private final PrintStream out;
  private final Analysis a;

  AnalyzeText(PrintStream out, Analysis a) {
    this.out = out;
    this.a = a;
  }

  void render(boolean raw) {
    out.println(a.source());
    out.println("Server: " + describeServer());
    if ("from-end".equals(a.lineNumbering())) {
      out.println("(only the tail was read: line numbers count from the end, -1 is the last line)");
    }
    timeline();
    if (a.crashes().isEmpty()) {
      out.println();
      String what = a.lifetimes().isEmpty() ? ", and no server start or stop either."
          : "all".equals(a.scope()) ? "." : " (the last lifetime is shown).";
      out.println("No crash found" + what);
    } else {
      crash(a.crashes().get(a.crashes().size() - 1), raw);
    }
    semaphores(a.semaphoreWaits());
  }

  private String describeServer() {
    String p = a.product() == null ? "server product unknown" : a.product();
    return a.version() == null ? p : p + " " + a.version();
  }

  private void timeline() {
    out.println();
    String extra = a.lifetimesOmitted() > 0 ? " (" + a.lifetimesOmitted() + " earlier not shown)" : "";
    out.printf("Server lifetimes: %d%s%n", a.lifetimes().size(), extra);
    if (a.lifetimes().isEmpty()) {
      return;
    }
    out.printf("  %-4s %-9s %-9s %-18s %s%n", "#", "start", "ready", "end", "last line");
    int i = 1;
    for (Lifetime l : a.lifetimes()) {
      out.printf("  %-4d %-9s %-9s %-18s %s%s%n", i++, num(l.startLine()), num(l.readyLine()), l.end(),
          num(l.endLine()), l.recoveryLine() != null ? "  (crash recovery at " + l.recoveryLine() + ")" : "");
    }
  }

  private void crash(CrashReport c, boolean raw) {
    out.println();
    int total = a.crashes().size() + a.crashesOmitted();
    out.printf("Last crash (%d of %d in scope), lines %d-%d%n", a.crashes().size(), total, c.firstLine(), c.lastLine());
    field("time", c.time());
    String sig = c.signal() != null ? "signal " + c.signal()
        : c.exception() != null ? "exception " + c.exception() : "unknown (the report's header is not in the log)";
    field("signal", sig + (c.signalName() == null ? "" : " (" + c.signalName() + ")")
        + (c.signalCode() == null ? "" : ", " + c.signalCode() + " at " + c.faultAddress()));
    if (c.hangAbort()) {
      field("hang abort", "InnoDB watchdog killed a hung server" + (c.hangLatch() == null ? "" : " (" + c.hangLatch() + ")"));
    }
    field("server", join(c.product(), c.version()));
    field("build id", c.buildId());
    if (c.assertion() != null) {
      var as = c.assertion();
      String at = as.file() == null ? null : as.file() + (as.line() == null ? "" : ":" + as.line());
      field("assertion", at == null ? as.expression() : at + (as.expression() == null ? "" : ": " + as.expression()));
    }
    field("fatal", c.fatalMessage());
    field("connection", c.connectionId() == null ? null : c.connectionId() + (c.status() == null ? "" : " " + c.status()));
    field("query", c.query() != null ? c.query() : c.queryNote());
    field("core", c.coreWritten() ? "written" + (c.workingDirectory() == null ? "" : " in " + c.workingDirectory()) : null);
    frames(c.frames());
    if (raw) {
      out.println();
      out.println("Crash report as logged:");
      String sign = "from-end".equals(a.lineNumbering()) ? "-" : "";
      for (LogLine l : a.lastCrashRaw()) {
        out.printf("%s%7d| %s%n", sign, l.number(), l.text());
      }
    }
  }

  private void frames(List<Frame> frames) {
    out.println();
    if (frames.isEmpty()) {
      out.println("Backtrace: none printed");
      return;
    }
    out.println("Backtrace (h = signal handler or abort machinery; --raw: lines as logged):");
    int i = 0;
    for (Frame f : frames) {
      String what = f.function() != null ? f.function() : f.address() != null ? f.address() : f.raw().strip();
      String where = f.file() != null ? f.file() + (f.line() == null ? "" : ":" + f.line()) : shortModule(f.module());
      String line = String.format("%s %2d %s%s", f.handler() ? "h" : " ", i++, what, where == null ? "" : "  " + where);
      out.println(line.length() > 80 ? line.substring(0, 79) + "…" : line);
    }
  }

  private void semaphores(SemaphoreSummary s) {
    if (s.reports() == 0 && !s.watchdogAbort() && s.latches().isEmpty()) {
      return;
    }
    out.println();
    String head = s.reports() > 0 ? String.format(java.util.Locale.ROOT, "%d reports, longest %.0f s", s.reports(), s.maxSeconds())
        : s.statusCells() > 0 ? String.format(java.util.Locale.ROOT, "%d in InnoDB status output (SEMAPHORES), longest %.0f s",
            s.statusCells(), s.maxSeconds())
        : "none reported";
    out.println("Long semaphore waits: " + head + (s.watchdogAbort() ? "; the InnoDB watchdog aborted the server" : ""));
    for (LatchSummary l : s.latches()) {
      out.println("  " + latch(l));
    }
    for (Blocker b : s.blockers()) {
      out.printf("  blocker: thread %s holds %s%s, %d waiting%n", b.thread(), String.join(", ", b.latches()),
          b.lockedAt() == null ? "" : " (locked at " + b.lockedAt() + ")", b.waiters());
    }
  }

  /**
   * "latch dict_sys.latch created at dict0dict.cc:1040: 3 waits, longest 241 s, held by thread
   * 140234", or "... named by the watchdog abort only" when no wait report names it.
   */
  private static String latch(LatchSummary l) {
    StringBuilder b = new StringBuilder(l.kind()).append(' ').append(l.name());
    if (l.createdAt() != null) {
      b.append(" created at ").append(l.createdAt());
    }
    if (l.waits() == 0) {
      return b.append(": named by the watchdog abort only").toString();
    }
    b.append(String.format(java.util.Locale.ROOT, ": %d wait%s, longest %.0f s", l.waits(), l.waits() == 1 ? "" : "s", l.maxSeconds()));
    if (!l.holderThreads().isEmpty()) {
      b.append(", held by thread ").append(String.join(", ", l.holderThreads()));
    }
    return b.toString();
  }

  /** "  name:       value", the value wrapped at 80 columns at spaces (a longer word, a URL, stays whole). */
  private void field(String name, String value) {
    if (value == null) {
      return;
    }
    String indent = " ".repeat(14);
    String prefix = String.format("  %-11s ", name + ":");
    for (String part : value.split("\n", -1)) {
      String rest = part;
      do {
        int room = 80 - prefix.length();
        int cut = rest.length() <= room ? rest.length() : breakAt(rest, room);
        out.println(prefix + rest.substring(0, cut).stripTrailing());
        rest = rest.substring(cut).stripLeading();
        prefix = indent;
      } while (!rest.isEmpty());
    }
  }

  private static int breakAt(String s, int room) {
    int sp = s.lastIndexOf(' ', room);
    if (sp > 0) {
      return sp;
    }
    int next = s.indexOf(' ', room);
    return next > 0 ? next : s.length();
  }

  private static String shortModule(String m) {
    if (m == null) {
      return null;
    }
    int p = m.lastIndexOf('/');
    return p >= 0 ? m.substring(p + 1) : m;
  }

  private static String join(String a, String b) {
    return a == null ? b : b == null ? a : a + " " + b;
  }

  private static String num(Long n) {
    return n == null ? "-" : n.toString();
  }
}
