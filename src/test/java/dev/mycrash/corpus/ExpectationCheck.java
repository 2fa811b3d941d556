package dev.mycrash.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.assertj.core.api.SoftAssertions;

/**
 * Holds one {@code analyze --all --json} result to a fixture's hand-written expectation: product,
 * version, lifetimes, crashes and the InnoDB semaphore-wait summary. Every mismatch is collected
 * and reported together, each message naming the fixture, the variant and the fact.
 */
final class ExpectationCheck {
  private ExpectationCheck() {}

  static void check(SoftAssertions soft, String label, JsonNode expected, JsonNode actual) {
    soft.assertThat(Facts.text(actual, "scope")).as("%s: scope", label).isEqualTo("all");
    server(soft, label, expected, actual);
    LifetimeCheck.check(soft, label, expected, actual);
    CrashCheck.check(soft, label, expected, actual);
    semaphore(soft, label, Facts.node(expected, "semaphore"), Facts.node(actual, "semaphoreWaits"));
  }

  static void server(SoftAssertions soft, String label, JsonNode expected, JsonNode actual) {
    JsonNode server = Facts.node(actual, "server");
    soft.assertThat(Facts.text(server, "product"))
        .as("%s: server.product", label)
        .isEqualTo(Facts.text(expected, "product"));
    soft.assertThat(Facts.text(server, "version"))
        .as("%s: server.version", label)
        .isEqualTo(Facts.text(expected, "version"));
  }

  /**
   * Expected: {@code reports}, {@code watchdogAbort}, {@code latches} (names, any order),
   * {@code blockerThreads} (any order), optional {@code maxSeconds}.
   */
  static void semaphore(SoftAssertions soft, String label, JsonNode exp, JsonNode act) {
    soft.assertThat(Facts.number(act, "reports"))
        .as("%s: semaphoreWaits.reports", label)
        .isEqualTo(Facts.number(exp, "reports"));
    soft.assertThat(Boolean.TRUE.equals(Facts.bool(act, "watchdogAbort")))
        .as("%s: semaphoreWaits.watchdogAbort", label)
        .isEqualTo(Facts.bool(exp, "watchdogAbort"));
    List<String> latches = Facts.column(act, "latches", "name");
    soft.assertThat(latches)
        .as("%s: semaphoreWaits.latches[].name", label)
        .containsExactlyInAnyOrderElementsOf(Facts.texts(exp, "latches"));
    soft.assertThat(Facts.column(act, "blockers", "thread"))
        .as("%s: semaphoreWaits.blockers[].thread", label)
        .containsExactlyInAnyOrderElementsOf(Facts.texts(exp, "blockerThreads"));
    if (exp != null && exp.has("maxSeconds")) {
      JsonNode max = Facts.node(act, "maxSeconds");
      soft.assertThat(Facts.isNull(max) ? null : max.asDouble())
          .as("%s: semaphoreWaits.maxSeconds", label)
          .isEqualTo(exp.get("maxSeconds").asDouble());
    }
  }
}
