package dev.mycrash.knownbugs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.triage.CrashRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Matching the real udf_assert crash (MariaDB 10.11.19) against test entries written for it.
 * The entries are test data, not real bugs: they exist to pin the matcher's semantics.
 */
class KnownBugMatcherTest {
  @TempDir Path dir;

  private static String entry(String status, String versions, String match) {
    return """
        id: TEST-1
        title: "test entry for the udf_assert crash"
        url: https://example.org/TEST-1
        products: [MariaDB]
        status: %s
        %s
        match:
        %s
        source: "written for KnownBugMatcherTest"
        """.formatted(status, versions, match);
  }

  private MatchResult match(String yaml, String scenario) throws IOException {
    Files.writeString(dir.resolve("TEST-1.yaml"), yaml);
    CrashRecord c = Corpus.logCrashes(scenario + ".log").get(0);
    return new KnownBugMatcher(KnownBugDatabase.load(dir), null).match(c.facts(), c.version());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fixed later on this line|versions: [{line: \"10.11\", fixed: \"10.11.20\"}]|KNOWN|TEST-1: known, fixed in 10.11.20: upgrade",
        "fixed earlier on this line|versions: [{line: \"10.11\", affected: \"10.11.1\", fixed: \"10.11.6\"}]|REGRESSION|TEST-1: regression or a different bug: TEST-1 was fixed in 10.11.6, this server runs 10.11.19",
        "fixed only on older lines|versions: [{line: \"10.6\", fixed: \"10.6.16\"}]|REGRESSION|TEST-1: regression or a different bug: TEST-1 was fixed in 10.6.16, this server runs 10.11.19",
        "fixed only on newer lines|versions: [{line: \"11.4\", fixed: \"11.4.2\"}]|KNOWN|TEST-1: known, fixed in 11.4.2: upgrade",
        "fixed, no release recorded|versions: [{line: \"10.11\"}]|KNOWN|TEST-1: known, fixed (the fixed release is not recorded: see the bug)",
      })
  void fixedBugsAreVersionAware(String what, String versions, Verdict verdict, String summary) throws IOException {
    MatchResult r = match(entry("fixed", versions,
        "  signal: 6\n  assertion: \"must_be_nonzero\"\n  frames: [crash_assert, \"Item_func_udf_int::val_int\"]"), "udf_assert");
    assertThat(r.verdict()).isEqualTo(verdict);
    assertThat(r.summary()).isEqualTo(summary);
    assertThat(r.matches()).singleElement().extracting(Match::kind).isEqualTo(MatchKind.STRUCTURED);
  }

  @Test
  void everyMatcherMustHold() throws IOException {
    String oneWrong = "  signal: 11\n  frames: [crash_assert]";
    MatchResult r = match(entry("open", "", oneWrong), "udf_assert");
    assertThat(r.verdict()).isEqualTo(Verdict.NEW);
  }

  @Test
  void framesMustAppearInOrder() throws IOException {
    String reversed = "  frames: [\"Item_func_udf_int::val_int\", crash_assert]";
    assertThat(match(entry("open", "", reversed), "udf_assert").verdict()).isEqualTo(Verdict.NEW);
    String inOrder = "  frames: [crash_assert, \"JOIN::exec_inner\"]";
    assertThat(match(entry("open", "", inOrder), "udf_assert").verdict()).isEqualTo(Verdict.KNOWN);
  }

  @Test
  void assertionAtMessageAndLatchMatchers() throws IOException {
    MatchResult a = match(entry("open", "", "  assertionAt: \"crash_udf.c:13\"\n  message: \"Assertion `must_be_nonzero\""), "udf_assert");
    assertThat(a.verdict()).isEqualTo(Verdict.KNOWN);
    MatchResult l = match(entry("open", "", "  latch: \"dict_sys.latch\"\n  signal: 6"), "semaphore");
    assertThat(l.verdict()).isEqualTo(Verdict.KNOWN);
    MatchResult wrongLine = match(entry("open", "", "  assertionAt: \"crash_udf.c:14\""), "udf_assert");
    assertThat(wrongLine.verdict()).isEqualTo(Verdict.NEW);
  }

  @Test
  void exactByHashAndByUniqueId() throws IOException {
    Signature s = Signatures.of(Corpus.logCrashes("udf_assert.log").get(0).facts());
    assertThat(match(entry("open", "", "  hash: \"" + s.hash() + "\""), "udf_assert").matches())
        .singleElement().extracting(Match::kind).isEqualTo(MatchKind.HASH);
    assertThat(match(entry("open", "", "  uniqueIds: [\"" + s.uniqueId().toUpperCase() + "  ## TEST-1\"]"), "udf_assert").matches())
        .singleElement().extracting(Match::kind).isEqualTo(MatchKind.UNIQUE_ID);
  }

  @Test
  void fuzzyWhenOnlyTheTopFrameDiffers() throws IOException {
    String other = "  signal: 6\n  frames: [crash_other, \"Item_func_udf_int::val_int\", \"Type_handler::Item_send_longlong\", \"Protocol::send_result_set_row\"]";
    MatchResult r = match(entry("open", "", other), "udf_assert");
    assertThat(r.verdict()).isEqualTo(Verdict.NEW);
    assertThat(r.matches()).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(MatchKind.FUZZY);
      assertThat(m.score()).isEqualTo(0.75);
      assertThat(m.message()).isEqualTo("probably the same as TEST-1 (fuzzy, score 0.75)");
    });
  }

  @Test
  void anEntryForAnotherProductDoesNotMatch() throws IOException {
    String mysqlOnly = entry("open", "", "  signal: 6\n  frames: [crash_assert]").replace("products: [MariaDB]", "products: [MySQL]");
    assertThat(match(mysqlOnly, "udf_assert").verdict()).isEqualTo(Verdict.NEW);
    assertThat(Products.compatible(List.of("MySQL"), "Percona Server")).isTrue();
    assertThat(Products.compatible(List.of("Percona Server"), "PXC")).isTrue();
    assertThat(Products.compatible(List.of("MySQL"), "MariaDB")).isFalse();
    assertThat(Products.of("8.0.32-24")).isEqualTo("Percona Server");
    assertThat(Products.of("8.0.29")).isEqualTo("MySQL");
  }

  @Test
  void versionParsing() {
    assertThat(Version.leading("10.11.19-MariaDB-0+deb12u1")).hasToString("10.11.19");
    assertThat(Version.parse("8.0.32-24").compareTo(Version.parse("8.0.4"))).isPositive();
    assertThat(Version.leading("10.11.19").onLine(Version.parse("10.1"))).isFalse();
    assertThat(List.of(Version.parse("10.6.16"), Version.parse("10.6.9")).stream().sorted().toList())
        .extracting(Version::toString).containsExactly("10.6.9", "10.6.16");
  }
}
