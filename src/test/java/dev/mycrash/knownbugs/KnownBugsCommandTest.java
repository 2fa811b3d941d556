package dev.mycrash.knownbugs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mycrash known-bugs validate|import}, in-process. */
class KnownBugsCommandTest {
  @TempDir Path tmp;
  String out;
  String err;

  int run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8), args);
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
    return code;
  }

  @Test
  void validatePassesAGoodDirectoryAndListsEveryProblemOfABadOne() throws Exception {
    Files.writeString(tmp.resolve("MDEV-32174.yaml"), KnownBugDatabaseTest.GOOD);
    assertThat(run("known-bugs", "validate", tmp.toString())).isZero();
    assertThat(out).isEqualTo(tmp + ": 1 entries valid" + System.lineSeparator());

    Files.writeString(tmp.resolve("MDEV-1.yaml"), KnownBugDatabaseTest.GOOD.replace("MDEV-32174", "MDEV-1").replace("url: https", "url: ftp"));
    Files.writeString(tmp.resolve("MDEV-2.yaml"), KnownBugDatabaseTest.GOOD.replace("MDEV-32174", "MDEV-2").replace("status: fixed", "status: closed"));
    assertThat(run("known-bugs", "validate", tmp.toString())).isEqualTo(1);
    assertThat(err.lines()).containsExactly(
        "mycrash: " + tmp.resolve("MDEV-1.yaml") + ": MDEV-1: url is not http(s): ftp://jira.mariadb.org/browse/MDEV-1",
        "mycrash: " + tmp.resolve("MDEV-2.yaml") + ": MDEV-2: unknown status 'closed' (" + String.join(", ", KnownBug.STATUSES) + ")");
  }

  @Test
  void importReadsTheRealMariadbQaListAndWritesValidEntries() throws Exception {
    Path list = Corpus.resource("/knownbugs/mariadb-qa/known_bugs.strings");
    Path outDir = tmp.resolve("imported");
    assertThat(run("known-bugs", "import", "--format", "mariadb-qa", list.toString(), "--out", outDir.toString()))
        .as(err).isZero();
    assertThat(out).startsWith(list + ": 1573 active entries (");
    KnownBugDatabase db = KnownBugDatabase.load(outDir);
    // active lines, text after the first "##", first [A-Z]+-[0-9]+ in it, MDEV/MENT only, distinct:
    // grep -v '^[[:space:]]*#' | grep '##' | sed 's/^[^#]*##//' | awk '{if (match($0,/[A-Z]+-[0-9]+/))
    //   print substr($0,RSTART,RLENGTH)}' | grep -E '^(MDEV|MENT)-' | sort -u | wc -l   ->  725
    assertThat(db.bugs()).hasSize(725);
    assertThat(out).contains(", 725 bug ids, ").contains(outDir + ": wrote 725 entries");
    KnownBug b = db.bugs().stream().filter(x -> x.id().equals("MDEV-39399")).findFirst().orElseThrow();
    assertThat(b.match().uniqueIds()).contains(
        "SIGSEGV|Protocol::valid_handler|Protocol_text::store_str|Protocol::store|Field::send");
    assertThat(run("known-bugs", "validate", outDir.toString())).isZero();
    // never overwrites
    assertThat(run("known-bugs", "import", "--format", "mariadb-qa", list.toString(), "--out", outDir.toString())).isEqualTo(1);
    assertThat(err).contains("exists; import never overwrites an entry");
  }

  @Test
  void importRejectsAnUnknownFormatAsUsage() throws Exception {
    Path list = Files.writeString(tmp.resolve("k"), "SIGSEGV|a|b  ## MDEV-1\n");
    assertThat(run("known-bugs", "import", "--format", "percona-qa", list.toString())).isEqualTo(2);
    assertThat(err).contains("unknown --format 'percona-qa' (only mariadb-qa)");
  }

  @Test
  void importRejectsMergeConflictMarkers() throws Exception {
    Path list = Files.writeString(tmp.resolve("k"), "SIGSEGV|a|b  ## MDEV-1\n=======\n");
    assertThat(run("known-bugs", "import", "--format", "mariadb-qa", list.toString())).isEqualTo(1);
    assertThat(err).isEqualTo("mycrash: " + list + ": line 2: git merge-conflict marker" + System.lineSeparator());
  }
}
