package dev.mycrash.knownbugs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.triage.CrashRecord;
import dev.mycrash.triage.EngineCrashSource;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The imported mariadb-qa list against the curator's MDEV-24808 fixture (an InnoDB assertion
 * crash whose frames are those mariadb-qa lists for MDEV-24808 at known_bugs.strings line 342;
 * see src/test/resources/known-bugs/README.md): identified exactly; with its top frame changed,
 * only fuzzily and labelled so.
 */
class QaListOnCuratedFixturesTest {
  static final QaKnownBugs QA = QaKnownBugs.read(Corpus.resource("/knownbugs/mariadb-qa/known_bugs.strings"));
  static final KnownBugMatcher MATCHER = new KnownBugMatcher(new KnownBugDatabase(List.of()), QA);

  static String fixture() throws Exception {
    try (InputStream in = QaListOnCuratedFixturesTest.class.getResourceAsStream("/known-bugs/MDEV-24808.log")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static MatchResult triage(String log) throws Exception {
    List<CrashRecord> c = new EngineCrashSource().read("MDEV-24808.log", new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)));
    assertThat(c).hasSize(1);
    return MATCHER.match(c.get(0).facts(), c.get(0).version());
  }

  @Test
  void theListedCrashIsIdentifiedByItsUniqueId() throws Exception {
    MatchResult r = triage(fixture());
    assertThat(r.signature().uniqueId()).isEqualTo(
        "prebuilt->template_type == ROW_MYSQL_WHOLE_ROW|SIGABRT|ut_dbg_assertion_failed|row_update_for_mysql|ha_innobase::delete_row|handler::ha_delete_row");
    assertThat(r.verdict()).isEqualTo(Verdict.KNOWN);
    assertThat(r.matches()).singleElement().satisfies(m -> {
      assertThat(m.bugId()).isEqualTo("MDEV-24808");
      assertThat(m.kind()).isEqualTo(MatchKind.UNIQUE_ID);
      assertThat(m.message()).isEqualTo("known (mariadb-qa list line 342)");
    });
  }

  @Test
  void aChangedTopFrameIsOnlyAFuzzyLabelledMatch() throws Exception {
    String changed = fixture().replace("??:0(row_update_for_mysql)[0x0]", "??:0(row_update_for_mysql_other)[0x0]");
    MatchResult r = triage(changed);
    assertThat(r.verdict()).isEqualTo(Verdict.NEW);
    assertThat(r.matches()).isNotEmpty().allMatch(m -> m.kind() == MatchKind.FUZZY);
    assertThat(r.matches().get(0).bugId()).isEqualTo("MDEV-24808");
    assertThat(r.summary()).isEqualTo("new; probably the same as MDEV-24808 (fuzzy, score 0.75)");
  }
}
