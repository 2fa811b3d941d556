package dev.mycrash.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;

/**
 * Compares {@code crashes[]} with the expectation, crash by crash (oldest first). Expected entry:
 * {@code signalLine} (the line of "got signal N ;", which must lie inside the reported block, or
 * null when the excerpt lacks it), {@code signal}, {@code signalName}, {@code assertion} (null or
 * {@code file}/{@code line}/{@code expression}), {@code topFrame} (null when the log shows no frame
 * outside the signal-handler and abort machinery, else the fields of that frame that are asserted),
 * {@code query}, {@code connectionId}, {@code hangAbort}.
 */
final class CrashCheck {
  private CrashCheck() {}

  static void check(SoftAssertions soft, String label, JsonNode expected, JsonNode actual) {
    List<JsonNode> exp = AnalyzeRun.items(expected, "crashes");
    List<JsonNode> act = AnalyzeRun.items(actual, "crashes");
    soft.assertThat(act.size())
        .as("%s: crash count (signals %s)", label, Facts.column(actual, "crashes", "signal"))
        .isEqualTo(exp.size());
    for (int i = 0; i < Math.min(exp.size(), act.size()); i++) {
      one(soft, label + ": crash[" + i + "]", exp.get(i), act.get(i));
    }
    JsonNode last = Facts.node(actual, "lastCrash");
    soft.assertThat(Facts.isNull(last) ? null : last.asInt())
        .as("%s: lastCrash index", label)
        .isEqualTo(act.isEmpty() ? null : act.size() - 1);
  }

  static void one(SoftAssertions soft, String label, JsonNode exp, JsonNode act) {
    Long signalLine = Facts.number(exp, "signalLine");
    if (signalLine != null) {
      Long first = Facts.number(act, "firstLine");
      Long last = Facts.number(act, "lastLine");
      soft.assertThat(first != null && last != null && first <= signalLine && signalLine <= last)
          .as("%s: block [firstLine %s, lastLine %s] holds the 'got signal' line %s", label, first, last, signalLine)
          .isTrue();
    }
    same(soft, label, "signal", Facts.number(exp, "signal"), Facts.number(act, "signal"));
    same(soft, label, "signalName", Facts.text(exp, "signalName"), Facts.text(act, "signalName"));
    same(soft, label, "query", Facts.text(exp, "query"), Facts.text(act, "query"));
    same(soft, label, "connectionId", Facts.number(exp, "connectionId"), Facts.number(act, "connectionId"));
    same(soft, label, "hangAbort", Facts.bool(exp, "hangAbort"), Boolean.TRUE.equals(Facts.bool(act, "hangAbort")));
    assertion(soft, label, Facts.node(exp, "assertion"), Facts.node(act, "assertion"));
    topFrame(soft, label, Facts.node(exp, "topFrame"), topFrame(act));
  }

  static void assertion(SoftAssertions soft, String label, JsonNode exp, JsonNode act) {
    if (Facts.isNull(exp)) {
      soft.assertThat(Facts.isNull(act)).as("%s: assertion is null, got %s", label, act).isTrue();
      return;
    }
    soft.assertThat(Facts.isNull(act)).as("%s: assertion present", label).isFalse();
    same(soft, label, "assertion.file", Facts.text(exp, "file"), Facts.text(act, "file"));
    same(soft, label, "assertion.line", Facts.number(exp, "line"), Facts.number(act, "line"));
    same(soft, label, "assertion.expression", Facts.text(exp, "expression"), Facts.text(act, "expression"));
  }

  /** The first frame that is not signal-handler or abort machinery, or null. */
  static JsonNode topFrame(JsonNode crash) {
    for (JsonNode f : AnalyzeRun.items(crash, "frames")) {
      if (!Boolean.TRUE.equals(Facts.bool(f, "handler"))) {
        return f;
      }
    }
    return null;
  }

  static void topFrame(SoftAssertions soft, String label, JsonNode exp, JsonNode act) {
    if (Facts.isNull(exp)) {
      soft.assertThat(act)
          .as("%s: no frame outside the handler/abort machinery, got %s", label, Facts.text(act, "raw"))
          .isNull();
      return;
    }
    if (act == null) {
      soft.fail("%s: top non-handler frame expected %s, got none", label, exp);
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = exp.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String want = Facts.isNull(e.getValue()) ? null : e.getValue().asText();
      soft.assertThat(Facts.text(act, e.getKey()))
          .as("%s: top non-handler frame %s (raw: %s)", label, e.getKey(), Facts.text(act, "raw"))
          .isEqualTo(want);
    }
  }

  static void same(SoftAssertions soft, String label, String fact, Object want, Object got) {
    soft.assertThat(got).as("%s: %s", label, fact).isEqualTo(want);
  }
}
