package dev.mycrash.collect.summary;

import dev.mycrash.bundle.StepOutcome;
import dev.mycrash.collect.locate.LogFacts;
import dev.mycrash.collect.pipeline.CollectContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * {@code SUMMARY.txt}, the first file of the bundle, for a person: what crashed, when, how, where
 * the inputs came from, and what is missing and why.
 */
public final class SummaryText {
  private static final Map<Integer, String> SIGNALS =
      Map.of(4, "SIGILL", 6, "SIGABRT", 7, "SIGBUS", 8, "SIGFPE", 11, "SIGSEGV", 5, "SIGTRAP", 9, "SIGKILL", 15, "SIGTERM");

  private SummaryText() {}

  /**
   * @param topFrames the analysis' first frames after the crash machinery, or null when not known
   * @param knownBugs the last crash's signature and known-bug verdict lines (may be empty)
   */
  public static byte[] render(CollectContext ctx, List<StepOutcome> outcomes, String semaphoreBlocker, String buildId, List<String> topFrames,
      List<String> knownBugs) {
    LogFacts f = ctx.facts();
    StringBuilder b = new StringBuilder();
    b.append("mycrash support bundle\n======================\n\n");
    row(b, "What crashed", what(ctx, f));
    row(b, "When", when(f));
    row(b, "Signal", f.signal() == null ? "-" : f.signal() + " (" + SIGNALS.getOrDefault(f.signal(), "?") + ")");
    row(b, "Assertion", f.assertion() == null ? "-" : f.assertion());
    List<String> frames = topFrames != null ? topFrames : List.of();
    row(b, "Top frames", frames.isEmpty() ? "-" : "");
    for (int i = 0; i < frames.size(); i++) {
      b.append("  ").append(i + 1).append(". ").append(frames.get(i)).append('\n');
    }
    row(b, "Query", f.query() == null ? "-" : f.query().replace("\n", "\n" + " ".repeat(15)));
    row(b, "Semaphore", semaphoreBlocker == null ? "-" : semaphoreBlocker);
    row(b, "Build-id", buildId);
    if (knownBugs != null && !knownBugs.isEmpty()) {
      b.append('\n');
      knownBugs.forEach(l -> b.append(l).append('\n'));
    }
    b.append('\n');
    row(b, "Error log", place(ctx.locations().errorLog(), ctx.locations().errorLogFrom())
        + (f.sectionFirstLine() > 0 ? "; crash section from line " + f.sectionFirstLine()
            : f.sectionFirstLine() < 0 ? "; crash section from line " + f.sectionFirstLine() + " (counted from the end, -1 = the last line)" : ""));
    row(b, "Datadir", place(ctx.locations().datadir(), ctx.locations().datadirFrom()));
    row(b, "Core", place(ctx.core().path(), ctx.core().how()));
    row(b, "mysqld", place(ctx.mysqld().path(), ctx.mysqld().how()));
    for (String n : ctx.locations().notes()) {
      row(b, "Note", n);
    }
    b.append("\nMissing or failed\n-----------------\n");
    long bad = outcomes.stream().filter(o -> !o.ok()).peek(o -> b.append("  ").append(o.step()).append(": ").append(o.status())
        .append(" - ").append(o.reason()).append('\n')).count();
    if (bad == 0) {
      b.append("  nothing\n");
    }
    b.append("\nmanifest.json (the last file) lists every file with its original path, size and sha256,\n")
        .append("and every step with its outcome and duration. Layout: docs/bundle.md.\n");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** "2026-11-23T11:44:06Z"; a time of day that could not be dated is shown as printed. */
  private static String when(LogFacts f) {
    if (f.crashTime() != null) {
      return f.crashTime().toString();
    }
    if (f.printedTime() != null) {
      return f.printedTime() + " (the crash header prints no date, and no dated line next to it gives one)";
    }
    return f.hasCrash() ? "not printed in the crash report" : "no crash report in the error log";
  }

  private static String what(CollectContext ctx, LogFacts f) {
    String exe = f.exe() != null ? f.exe() : ctx.mysqld().found() ? ctx.mysqld().path().toString() : "mysqld";
    return exe + (f.version() == null ? "" : " " + f.version()) + (f.pid() == null ? "" : " (pid " + f.pid() + ")")
        + " on " + ctx.locations().hostname();
  }

  private static String place(Object path, String how) {
    return path == null ? "none - " + how : path + " (" + how + ")";
  }

  private static void row(StringBuilder b, String k, String v) {
    b.append(String.format("%-12s : %s%n", k, v).replace(System.lineSeparator(), "\n"));
  }
}
