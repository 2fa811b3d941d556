package dev.mycrash.triage;

import dev.mycrash.knownbugs.Match;
import dev.mycrash.knownbugs.MatchKind;
import java.io.PrintStream;
import java.util.Locale;

/**
 * The human-readable triage report:
 *
 * <pre>
 * 9 crashes in 9 files, 7 signatures: 2 new, 0 regression, 5 known
 *
 * NEW  x3  SIGSEGV|crash_segv|Item_func_udf_int::val_int|Type_handler::Item_send_longlong|Protocol::send_result_set_row
 *          hash 5c0f3d3e7b0a1c22  versions 10.11.19-MariaDB-0+deb12u1
 *          new: matches no known bug
 *          seen in a.log:21, b.log:21, c.log:21
 *
 * NEW        x1    HANG|LOG_FILES
 *                  hash eddf13020b74d345
 *                  hang: long semaphore waits, no crash report
 *                  new hang: matches no known bug
 *                  seen in chessdata-38-mysql842-semaphore.log:12
 * </pre>
 *
 * The first line says "and N hangs" after the crashes when there are any.
 */
final class TextReport {
  private static final int MATCHES_SHOWN = 5;

  private TextReport() {}

  static void print(TriageReport r, Registry registry, PrintStream out) {
    long nw = r.groups().stream().filter(g -> g.result().verdict().name().equals("NEW")).count();
    long rg = r.groups().stream().filter(g -> g.result().verdict().name().equals("REGRESSION")).count();
    String hangs = r.hangs() == 0 ? "" : String.format(Locale.ROOT, " and %d hang%s", r.hangs(), r.hangs() == 1 ? "" : "s");
    out.printf(Locale.ROOT, "%d crash%s%s in %d file%s, %d signature%s: %d new, %d regression, %d known%n",
        r.crashes(), r.crashes() == 1 ? "" : "es", hangs, r.files(), r.files() == 1 ? "" : "s",
        r.groups().size(), r.groups().size() == 1 ? "" : "s", nw, rg, r.groups().size() - nw - rg);
    for (CrashGroup g : r.groups()) {
      out.println();
      String verdict = g.result().verdict().name();
      out.printf(Locale.ROOT, "%-10s x%-4d %s%n", verdict, g.count(), g.result().signature().uniqueId());
      String pad = " ".repeat(17);
      out.println(pad + "hash " + g.result().signature().hash()
          + (g.versions().isEmpty() ? "" : "  versions " + String.join(", ", g.versions())));
      if (g.result().signature().hang()) {
        out.println(pad + "hang: long semaphore waits, no crash report");
      }
      out.println(pad + g.result().summary());
      java.util.List<Match> ms = g.result().matches();
      if (ms.size() > 1 || (ms.size() == 1 && ms.get(0).kind() == MatchKind.FUZZY)) {
        for (Match m : ms.subList(0, Math.min(ms.size(), MATCHES_SHOWN))) {
          out.println(pad + "- " + m.bugId() + " " + m.kind().name().toLowerCase(Locale.ROOT) + ": " + m.message());
        }
        if (ms.size() > MATCHES_SHOWN) {
          out.println(pad + "- and " + (ms.size() - MATCHES_SHOWN) + " more (--json lists all)");
        }
      }
      if (registry != null) {
        Registry.Entry e = registry.get(g.result().signature().hash());
        out.println(pad + "first seen " + e.firstSeen() + ", " + e.count() + " time" + (e.count() == 1 ? "" : "s") + " in all runs");
      }
      out.println(pad + "seen in " + String.join(", ", g.examples()) + (g.count() > g.examples().size() ? ", ..." : ""));
    }
  }
}
