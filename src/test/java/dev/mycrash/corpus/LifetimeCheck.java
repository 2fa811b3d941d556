package dev.mycrash.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;

/**
 * Compares {@code lifetimes[]} with the expectation. Expected entry: {@code startLine} (a line, a
 * {@code [lo, hi]} range where two adjacent lines are both start markers, or null for the partial
 * lifetime already running when an excerpt begins), optional {@code readyLine}, optional {@code pid}
 * (the start line's "as process N", null when it names none), and {@code end}
 * (one value, or a list of the values the contract allows, e.g. {@code ["running","unknown"]} for
 * an excerpt that stops mid-lifetime).
 *
 * <p>Content before the first start marker that holds no crash and no shutdown is not a lifetime
 * the expectation asserts on; an engine that reports it anyway (start line null or 1) is not
 * faulted for it.
 */
final class LifetimeCheck {
  private LifetimeCheck() {}

  static void check(SoftAssertions soft, String label, JsonNode expected, JsonNode actual) {
    List<JsonNode> exp = AnalyzeRun.items(expected, "lifetimes");
    List<JsonNode> act = withoutUnassertedLead(exp, AnalyzeRun.items(actual, "lifetimes"));
    soft.assertThat(act.size())
        .as("%s: lifetime count (ends %s)", label, Facts.column(actual, "lifetimes", "end"))
        .isEqualTo(exp.size());
    for (int i = 0; i < Math.min(exp.size(), act.size()); i++) {
      one(soft, label + ": lifetime[" + i + "]", exp.get(i), act.get(i));
    }
  }

  static List<JsonNode> withoutUnassertedLead(List<JsonNode> exp, List<JsonNode> act) {
    List<JsonNode> l = new ArrayList<>(act);
    if (l.isEmpty()) {
      return l;
    }
    boolean leadExpected = !exp.isEmpty() && Facts.isNull(exp.get(0).get("startLine"));
    Long first = Facts.number(l.get(0), "startLine");
    boolean looksLikeLead = first == null || first == 1L;
    boolean matchesFirstExpected = !exp.isEmpty() && first != null && startMatches(exp.get(0), first);
    if (!leadExpected && looksLikeLead && !matchesFirstExpected) {
      l.remove(0);
    }
    return l;
  }

  static void one(SoftAssertions soft, String label, JsonNode exp, JsonNode act) {
    Long start = Facts.number(act, "startLine");
    if (Facts.isNull(exp.get("startLine"))) {
      soft.assertThat(start == null || start == 1L)
          .as("%s: startLine of a lifetime begun before the excerpt is null or 1, got %s", label, start)
          .isTrue();
    } else {
      soft.assertThat(start != null && startMatches(exp, start))
          .as("%s: startLine expected %s, got %s", label, exp.get("startLine"), start)
          .isTrue();
    }
    if (exp.has("readyLine")) {
      soft.assertThat(Facts.number(act, "readyLine"))
          .as("%s: readyLine", label)
          .isEqualTo(Facts.number(exp, "readyLine"));
    }
    if (exp.has("pid")) {
      soft.assertThat(Facts.number(act, "pid")).as("%s: pid", label).isEqualTo(Facts.number(exp, "pid"));
    }
    List<String> ends = allowed(exp.get("end"));
    soft.assertThat(Facts.text(act, "end")).as("%s: end (allowed %s)", label, ends).isIn(ends.toArray());
  }

  static boolean startMatches(JsonNode exp, long start) {
    JsonNode s = exp.get("startLine");
    if (s != null && s.isArray()) {
      return start >= s.get(0).asLong() && start <= s.get(1).asLong();
    }
    return s != null && s.isIntegralNumber() && s.asLong() == start;
  }

  static List<String> allowed(JsonNode end) {
    List<String> l = new ArrayList<>();
    if (end != null && end.isArray()) {
      end.forEach(e -> l.add(e.asText()));
    } else if (end != null) {
      l.add(end.asText());
    }
    return l;
  }
}
