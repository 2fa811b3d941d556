package dev.mycrash.knownbugs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mycrash.BadInputException;
import dev.mycrash.symbols.Frame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** mariadb-qa's known_bugs.strings (the real list, see PROVENANCE.md) with mariadb-qa's semantics. */
class QaKnownBugsTest {
  static QaKnownBugs list;

  @BeforeAll
  static void read() {
    list = QaKnownBugs.read(Corpus.resource("/knownbugs/mariadb-qa/known_bugs.strings"));
  }

  @Test
  void readsOnlyTheActiveLines() {
    // grep -v '^[ \t]*#' known_bugs.strings | grep -c '[^ \t]'  ->  1573 (survey: "1,573 active")
    assertThat(list.entries()).hasSize(1573);
    assertThat(list.entries()).noneMatch(e -> e.line().strip().startsWith("#"));
    assertThat(list.inactive()).isGreaterThan(2000);
  }

  @Test
  void splitsUniqueIdFromBugReference() {
    QaEntry e = list.entries().stream()
        .filter(x -> x.uniqueId().equals("SIGSEGV|Protocol::valid_handler|Protocol_text::store_str|Protocol::store|Field::send"))
        .findFirst().orElseThrow();
    assertThat(e.bug()).isEqualTo("MDEV-39399");
    assertThat(e.bugId()).isEqualTo("MDEV-39399");
    assertThat(e.framesLower()).containsExactly(
        "protocol::valid_handler", "protocol_text::store_str", "protocol::store", "field::send");
  }

  @Test
  void aCrashWithThatUniqueIdIsKnownAndOneWithAnotherTopFrameIsOnlyFuzzy() {
    KnownBugMatcher m = new KnownBugMatcher(new KnownBugDatabase(List.of()), list);
    // gdb-shaped crashing thread whose frames are those of MDEV-39399's list line
    CrashFacts known = gdbStack(11, "Protocol::valid_handler", "Protocol_text::store_str", "Protocol::store", "Field::send");
    MatchResult r = m.match(known, "11.8.2-MariaDB");
    assertThat(r.signature().uniqueId())
        .isEqualTo("SIGSEGV|Protocol::valid_handler|Protocol_text::store_str|Protocol::store|Field::send");
    assertThat(r.verdict()).isEqualTo(Verdict.KNOWN);
    assertThat(r.matches()).extracting(Match::bugId).contains("MDEV-39399");
    assertThat(r.matches()).allMatch(x -> x.kind() == MatchKind.UNIQUE_ID);

    CrashFacts changedTop = gdbStack(11, "Protocol::some_other_check", "Protocol_text::store_str", "Protocol::store", "Field::send");
    MatchResult f = m.match(changedTop, "11.8.2-MariaDB");
    assertThat(f.verdict()).isEqualTo(Verdict.NEW);
    assertThat(f.matches()).isNotEmpty().allMatch(x -> x.kind() == MatchKind.FUZZY);
    assertThat(f.matches().get(0).bugId()).isEqualTo("MDEV-39399");
    assertThat(f.matches().get(0).score()).isEqualTo(0.75);
    assertThat(f.summary()).isEqualTo("new; probably the same as MDEV-39399 (fuzzy, score 0.75)");
  }

  @Test
  void matchingIsACaseInsensitiveSubstringOfTheLine() {
    QaKnownBugs l = QaKnownBugs.parse("t", List.of(
        "  # SIGSEGV|a|b|c|d   ## MDEV-1 (fixed, inactive)",
        "SIGSEGV|A|B|C|D|E   ## MDEV-2"));
    assertThat(l.containing("sigsegv|a|b|c|d")).extracting(QaEntry::bugId).containsExactly("MDEV-2");
    assertThat(l.containing("")).isEmpty();
  }

  @Test
  void aCrashWithoutFramesHasNoUsableUniqueIdAndMatchesNothing() {
    // e.g. corpus real/pinba2-mariadb101-sig11.log: "got signal 11" with no frames at all;
    // "SIGSEGV" alone is a substring of hundreds of lines, mariadb-qa refuses such a UniqueID
    KnownBugMatcher m = new KnownBugMatcher(new KnownBugDatabase(List.of()), list);
    MatchResult r = m.match(new CrashFacts(11, null, List.of()), "10.1.26-MariaDB");
    assertThat(r.signature().uniqueId()).isEqualTo("SIGSEGV");
    assertThat(r.verdict()).isEqualTo(Verdict.NEW);
    assertThat(r.matches()).isEmpty();
  }

  @Test
  void mergeConflictMarkersAreRejected() {
    assertThatThrownBy(() -> QaKnownBugs.parse("k.strings", List.of("SIGSEGV|a  ## MDEV-1", "<<<<<<< HEAD")))
        .isInstanceOf(BadInputException.class)
        .hasMessage("k.strings: line 2: git merge-conflict marker");
  }

  /** A gdb crashing thread: pthread_kill, handle_fatal_signal, signal handler, then the frames. */
  static CrashFacts gdbStack(int signal, String... frames) {
    List<Frame> f = new ArrayList<>();
    f.add(CorpusFrames.gdbFrame("#0  __pthread_kill_implementation (threadid=<optimized out>, signo=11, no_tid=<optimized out>) at ./nptl/pthread_kill.c:44"));
    f.add(CorpusFrames.gdbFrame("#1  0x000056151c8240e8 in handle_fatal_signal ()"));
    f.add(CorpusFrames.gdbFrame("#2  <signal handler called>"));
    int n = 3;
    for (String fn : frames) {
      f.add(CorpusFrames.gdbFrame("#" + n++ + "  0x000055647fdea01a in " + fn + "() ()"));
    }
    f.add(CorpusFrames.gdbFrame("#" + n + "  0x000055647fb3a61f in do_command(THD*, bool) ()"));
    return new CrashFacts(signal, null, f);
  }
}
