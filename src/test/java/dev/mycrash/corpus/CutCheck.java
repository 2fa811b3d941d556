package dev.mycrash.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.assertj.core.api.SoftAssertions;

/**
 * What must survive when a log's tail is cut off part-way through line {@code cutLine}: the server
 * identity, the number of lifetimes, every lifetime and every crash that ended before the cut
 * (identical to the uncut run and, for crashes, to the hand-written facts), and the signal of a
 * crash whose header lies before the cut.
 */
final class CutCheck {
  private CutCheck() {}

  static void check(
      SoftAssertions soft, String label, JsonNode expected, JsonNode full, JsonNode cut, long cutLine) {
    ExpectationCheck.server(soft, label, expected, cut);
    lifetimes(soft, label, full, cut, cutLine);
    crashes(soft, label, expected, full, cut, cutLine);
    JsonNode sem = Facts.node(expected, "semaphore");
    soft.assertThat(Boolean.TRUE.equals(Facts.bool(Facts.node(cut, "semaphoreWaits"), "watchdogAbort")))
        .as("%s: semaphoreWaits.watchdogAbort", label)
        .isEqualTo(Facts.bool(sem, "watchdogAbort"));
    if (!Boolean.TRUE.equals(Facts.bool(expected, "cutTouchesSemaphoreReport"))) {
      ExpectationCheck.semaphore(soft, label, sem, Facts.node(cut, "semaphoreWaits"));
    }
  }

  static void lifetimes(SoftAssertions soft, String label, JsonNode full, JsonNode cut, long cutLine) {
    List<JsonNode> f = AnalyzeRun.items(full, "lifetimes");
    List<JsonNode> c = AnalyzeRun.items(cut, "lifetimes");
    soft.assertThat(c.size()).as("%s: lifetime count equals the uncut run's", label).isEqualTo(f.size());
    for (int i = 0; i < Math.min(f.size(), c.size()); i++) {
      Long end = Facts.number(f.get(i), "endLine");
      if (end != null && end < cutLine) {
        soft.assertThat(c.get(i)).as("%s: lifetime[%d] ended before the cut: as uncut", label, i).isEqualTo(f.get(i));
      } else {
        soft.assertThat(Facts.number(c.get(i), "startLine"))
            .as("%s: lifetime[%d].startLine as uncut", label, i)
            .isEqualTo(Facts.number(f.get(i), "startLine"));
      }
    }
  }

  static void crashes(
      SoftAssertions soft, String label, JsonNode expected, JsonNode full, JsonNode cut, long cutLine) {
    List<JsonNode> exp = AnalyzeRun.items(expected, "crashes");
    List<JsonNode> f = AnalyzeRun.items(full, "crashes");
    List<JsonNode> c = AnalyzeRun.items(cut, "crashes");
    long begunBefore = f.stream().filter(n -> lineBefore(n, "firstLine", cutLine)).count();
    soft.assertThat((long) c.size())
        .as("%s: crash count: every crash begun before the cut line %d survives", label, cutLine)
        .isBetween(begunBefore, (long) f.size());
    for (int i = 0; i < Math.min(f.size(), c.size()); i++) {
      if (lineBefore(f.get(i), "lastLine", cutLine)) {
        soft.assertThat(c.get(i)).as("%s: crash[%d] ended before the cut: as uncut", label, i).isEqualTo(f.get(i));
        if (i < exp.size()) {
          CrashCheck.one(soft, label + ": crash[" + i + "]", exp.get(i), c.get(i));
        }
      } else if (i < exp.size() && headerBefore(exp.get(i), cutLine)) {
        CrashCheck.same(soft, label + ": crash[" + i + "]", "signal",
            Facts.number(exp.get(i), "signal"), Facts.number(c.get(i), "signal"));
        CrashCheck.same(soft, label + ": crash[" + i + "]", "signalName",
            Facts.text(exp.get(i), "signalName"), Facts.text(c.get(i), "signalName"));
      }
    }
  }

  private static boolean lineBefore(JsonNode n, String field, long cutLine) {
    Long v = Facts.number(n, field);
    return v != null && v < cutLine;
  }

  private static boolean headerBefore(JsonNode exp, long cutLine) {
    Long s = Facts.number(exp, "signalLine");
    return s != null && s < cutLine;
  }
}
