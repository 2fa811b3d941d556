package dev.mycrash.knownbugs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mycrash.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The README's format, checked on load: good entries load, each kind of bad one is rejected. */
class KnownBugDatabaseTest {
  static final String GOOD =
      """
      id: MDEV-32174
      title: "Crash in row_ins_sec_index_entry_low"
      url: https://jira.mariadb.org/browse/MDEV-32174
      products: [MariaDB]
      status: fixed
      versions:
        - line: "10.6"
          affected: "10.6.0"
          fixed: "10.6.16"
        - line: "10.11"
          fixed: "10.11.6"
      match:
        signal: 6
        assertion: "node->pcur->rel_pos == BTR_PCUR_ON"
        assertionAt: "row0ins.cc:2990"
        frames:
          - "row_ins_sec_index_entry_low"
          - "row_ins_sec_index_entry"
        message: "InnoDB: Failing assertion: .*rel_pos"
      advice:
        upgrade: "10.11.6"
      source: "made up for this test from the README example"
      """;

  @TempDir Path dir;

  @Test
  void loadsAValidEntry() throws IOException {
    Files.writeString(dir.resolve("MDEV-32174.yaml"), GOOD);
    KnownBugDatabase db = KnownBugDatabase.load(dir);
    assertThat(db.bugs()).hasSize(1);
    KnownBug b = db.bugs().get(0);
    assertThat(b.versions()).extracting(VersionLine::fixed).containsExactly("10.6.16", "10.11.6");
    assertThat(b.match().frames()).containsExactly("row_ins_sec_index_entry_low", "row_ins_sec_index_entry");
    assertThat(KnownBugDatabase.check(dir)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "typo in a key|  signal: 6|  signall: 6|MDEV-32174: unknown key 'match.signall'",
        "id differs from file|id: MDEV-32174|id: MDEV-32175|MDEV-32174: id 'MDEV-32175' does not equal the file name",
        "url not http|url: https://jira|url: ftp://jira|MDEV-32174: url is not http(s): ftp://jira.mariadb.org/browse/MDEV-32174",
        "signal out of range|  signal: 6|  signal: 99|MDEV-32174: match.signal 99 is not between 1 and 64",
        "empty frame|    - \"row_ins_sec_index_entry\"|    - \"\"|MDEV-32174: match.frames has an empty entry",
        "bad regex|.*rel_pos\"|.*rel_pos(\"|MDEV-32174: match.message is not a valid regex",
        "bad version|\"10.6.16\"|\"10.6.x\"|MDEV-32174: version '10.6.x' is not N.N[.N][-suffix]",
        "fixed before affected|affected: \"10.6.0\"|affected: \"10.6.20\"|MDEV-32174: versions: fixed 10.6.16 is older than affected 10.6.20",
        "unknown product|[MariaDB]|[MaryDB]|MDEV-32174: unknown product 'MaryDB'",
        "unknown status|status: fixed|status: done|MDEV-32174: unknown status 'done'",
        "no source|source: \"made|sauce: \"made|MDEV-32174: unknown key 'sauce'",
      })
  void rejectsABrokenEntryNamingIt(String what, String from, String to, String message) throws IOException {
    String broken = GOOD.replace(from, to);
    assertThat(broken).as("the test's edit applies").isNotEqualTo(GOOD);
    Files.writeString(dir.resolve("MDEV-32174.yaml"), broken);
    assertThatThrownBy(() -> KnownBugDatabase.load(dir))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith(dir.resolve("MDEV-32174.yaml") + ": ")
        .hasMessageContaining(message);
    assertThat(KnownBugDatabase.check(dir)).singleElement().asString().contains(message);
  }

  @Test
  void rejectsAnEntryWithoutMatchers() throws IOException {
    String noMatch = GOOD.substring(0, GOOD.indexOf("match:")) + GOOD.substring(GOOD.indexOf("advice:"));
    Files.writeString(dir.resolve("MDEV-32174.yaml"), noMatch);
    assertThatThrownBy(() -> KnownBugDatabase.load(dir)).hasMessageContaining("MDEV-32174: match is required");
  }

  @Test
  void rejectsAFixedEntryWithoutVersions() throws IOException {
    String s = GOOD.substring(0, GOOD.indexOf("versions:")) + GOOD.substring(GOOD.indexOf("match:"));
    Files.writeString(dir.resolve("MDEV-32174.yaml"), s);
    assertThatThrownBy(() -> KnownBugDatabase.load(dir))
        .hasMessageContaining("MDEV-32174: versions are required when status is fixed");
  }

  @Test
  void rejectsMergeConflictMarkersAsInvalidYaml() throws IOException {
    Files.writeString(dir.resolve("MDEV-32174.yaml"), "<<<<<<< HEAD\n" + GOOD + "=======\n>>>>>>> x\n");
    assertThatThrownBy(() -> KnownBugDatabase.load(dir)).hasMessageContaining("MDEV-32174: ");
  }

  @Test
  void checkListsEveryBadEntryNotJustTheFirst() throws IOException {
    Files.writeString(dir.resolve("MDEV-1.yaml"), GOOD.replace("MDEV-32174", "MDEV-1").replace("signal: 6", "signal: 0"));
    Files.writeString(dir.resolve("MDEV-2.yaml"), GOOD.replace("MDEV-32174", "MDEV-2").replace("title:", "titel:"));
    Files.writeString(dir.resolve("MDEV-3.yaml"), GOOD.replace("MDEV-32174", "MDEV-3"));
    assertThat(KnownBugDatabase.check(dir))
        .hasSize(2)
        .anyMatch(p -> p.contains("MDEV-1: match.signal 0"))
        .anyMatch(p -> p.contains("MDEV-2: unknown key 'titel'"));
  }

  @Test
  void aMissingDirectoryIsBadInput() {
    assertThatThrownBy(() -> KnownBugDatabase.load(dir.resolve("nope")))
        .isInstanceOf(BadInputException.class)
        .hasMessageEndingWith("nope: not a directory");
  }
}
