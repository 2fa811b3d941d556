package dev.mycrash.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real error log of the corpus, run through {@code mycrash analyze --all --json} in-process,
 * as is, with CRLF line ends and with its tail cut off mid-line, held to its hand-written
 * expectation ({@code <name>.expect.json} beside the log; see the corpus README).
 */
class CorpusFixtureTest {

  static Stream<Fixture> fixtures() {
    return Fixture.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void factsAsIs(Fixture fx) {
    JsonNode got = AnalyzeRun.all(fx.id(), fx.log()).json();
    SoftAssertions soft = new SoftAssertions();
    ExpectationCheck.check(soft, fx.id(), fx.expectation(), got);
    soft.assertAll();
  }

  @ParameterizedTest(name = "{0} as CRLF")
  @MethodSource("fixtures")
  void sameFactsAndLineNumbersWithCrlf(Fixture fx, @TempDir Path tmp) throws Exception {
    String label = fx.id() + " (CRLF)";
    JsonNode lf = AnalyzeRun.all(fx.id(), fx.log()).json();
    JsonNode crlf = AnalyzeRun.all(label, Variants.crlf(fx.log(), tmp)).json();
    SoftAssertions soft = new SoftAssertions();
    ExpectationCheck.check(soft, label, fx.expectation(), crlf);
    soft.assertThat(contractView(crlf))
        .as("%s: every contract field equals the LF run's (same facts, same line numbers)", label)
        .isEqualTo(contractView(lf));
    soft.assertAll();
  }

  /** The output's contract fields only; a field naming the input file may differ by design. */
  static JsonNode contractView(JsonNode out) {
    com.fasterxml.jackson.databind.node.ObjectNode v = Fixture.JSON.createObjectNode();
    for (String k : List.of("scope", "server", "lifetimes", "crashes", "lastCrash", "semaphoreWaits")) {
      v.set(k, out.get(k));
    }
    return v;
  }

  @ParameterizedTest(name = "{0} cut mid-line")
  @MethodSource("fixtures")
  void factsBeforeTheCutSurviveATruncatedTail(Fixture fx, @TempDir Path tmp) throws Exception {
    Variants.Cut cut = Variants.cutPoint(Files.readAllBytes(fx.log()));
    String label = fx.id() + " (cut in line " + cut.line() + " after '" + cut.keptText() + "')";
    JsonNode full = AnalyzeRun.all(fx.id(), fx.log()).json();
    JsonNode cutRun = AnalyzeRun.all(label, Variants.cut(fx.log(), tmp, cut)).json();
    SoftAssertions soft = new SoftAssertions();
    CutCheck.check(soft, label, fx.expectation(), full, cutRun, cut.line());
    soft.assertAll();
  }

  @ParameterizedTest(name = "{0} is left unchanged")
  @MethodSource("fixtures")
  void analysisNeverModifiesItsInput(Fixture fx) throws Exception {
    String before = Sha256.of(fx.log());
    long mtime = Files.getLastModifiedTime(fx.log()).toMillis();
    AnalyzeRun.all(fx.id(), fx.log());
    assertThat(Sha256.of(fx.log())).as("%s: sha256 after analyze", fx.id()).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(fx.log()).toMillis()).as("%s: mtime after analyze", fx.id()).isEqualTo(mtime);
  }

  @Test
  void fullErrorLogHasTenLifetimesAndEightCrashReports() {
    JsonNode got = AnalyzeRun.all("full-error.log", CorpusFiles.fullErrorLog()).json();
    assertThat(Facts.column(got, "lifetimes", "end"))
        .as("full-error.log: lifetime ends")
        .containsExactly("crash", "crash", "crash", "crash", "crash", "crash", "crash",
            "unclean-no-report", "crash", "clean-shutdown");
    assertThat(Facts.column(got, "crashes", "signal"))
        .as("full-error.log: crash signals in order")
        .containsExactly("11", "6", "7", "11", "6", "8", "6", "6");
    List<JsonNode> crashes = AnalyzeRun.items(got, "crashes");
    assertThat(Facts.column(got, "crashes", "hangAbort"))
        .as("full-error.log: only the semaphore crash (the last) is a hang abort")
        .containsExactly("false", "false", "false", "false", "false", "false", "false", "true");
    assertThat(Facts.number(crashes.get(7), "firstLine")).as("semaphore crash firstLine").isBetween(580L, 628L);
    assertThat(Facts.column(Facts.node(got, "semaphoreWaits"), "latches", "name"))
        .as("full-error.log: semaphore latch")
        .containsExactly("dict_sys.latch");
  }

  @Test
  void defaultScopeIsTheLastCrashAndItsLifetime() {
    JsonNode got = AnalyzeRun.lastOnly("full-error.log (default scope)", CorpusFiles.fullErrorLog()).json();
    assertThat(Facts.text(got, "scope")).as("default scope").isEqualTo("last");
    List<JsonNode> crashes = AnalyzeRun.items(got, "crashes");
    assertThat(crashes).as("default scope: exactly the last crash").hasSize(1);
    JsonNode crash = crashes.get(0);
    assertThat(Facts.number(crash, "signal")).as("last crash signal").isEqualTo(6L);
    assertThat(Facts.bool(crash, "hangAbort")).as("last crash is the watchdog abort").isTrue();
    assertThat(Facts.number(crash, "firstLine")).as("last crash firstLine").isBetween(600L, 628L);
    assertThat(Facts.number(crash, "lastLine")).as("last crash lastLine").isBetween(628L, 677L);
    assertThat(AnalyzeRun.items(got, "lifetimes"))
        .as("default scope: the lifetime started at line 580 that the crash ended")
        .anySatisfy(l -> {
          assertThat(Facts.number(l, "startLine")).isEqualTo(580L);
          assertThat(Facts.number(l, "readyLine")).isEqualTo(600L);
          assertThat(Facts.text(l, "end")).isEqualTo("crash");
        });
    assertThat(Facts.column(got, "lifetimes", "startLine"))
        .as("default scope: the first lifetime (line 1) is out of scope")
        .doesNotContain("1");
  }
}
