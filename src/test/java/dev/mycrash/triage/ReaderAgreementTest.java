package dev.mycrash.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.knownbugs.KnownBugDatabase;
import dev.mycrash.knownbugs.KnownBugMatcher;
import dev.mycrash.knownbugs.MatchResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both crash readers over every triage fixture (known-bug excerpts, the generated-here scenario
 * logs) and every real corpus log: per crash the same UniqueID, signature hash and verdict against
 * the curated known bugs. Where they differ the triage reader is wrong; each such case is listed
 * in {@link #ENGINE_ONLY} with what the engine finds, worked out by hand from the log.
 */
class ReaderAgreementTest {
  static final KnownBugMatcher MATCHER = new KnownBugMatcher(KnownBugDatabase.load(Path.of("known-bugs")), null);
  static final String UDF_ASSERT = "must_be_nonzero != 0|SIGABRT|crash_assert|Item_func_udf_int::val_int"
      + "|Type_handler::Item_send_longlong|Protocol::send_result_set_row NEW";

  /** A crash the triage reader misreads or misses: at {@code index}, the engine's UniqueID and verdict. */
  record Difference(String fixture, int index, boolean triageMissesIt, String engine) {}

  static final List<Difference> ENGINE_ONLY = List.of(
      // Windows: "mysqld got exception 0xc0000005 ;" (no signal), StackWalk64 frames lines 6-9
      new Difference("MYSQL-42438.log", 0, true,
          "ha_partition::change_table_ptr|ha_delete_table|mysql_rm_table_part2|wait_if_global_read_lock KNOWN"),
      // the excerpt ends after the MySQL 8 assertion (line 12), before "got signal"
      new Difference("dockermysql-807-mysql80-ddl-assert.log", 0, true, "ptr < bounds.second NEW"),
      // the excerpt starts at "Attempting backtrace": no header; first real frame line 9
      new Difference("nextcloudsnap-2405-mysql8033-arm.log", 0, true,
          "memory::Aligned_atomic<long>::Aligned_atomic|Delegate::Delegate|delegates_init|mysqld_main NEW"),
      // frames quoted with "   > ": the triage reader reads none of them
      new Difference("replbug-mysql92993.log", 0, false,
          "all || !xs->is_binlogged() || (!xs->is_in_recovery() && thd->is_error())|SIGABRT|MYSQL_BIN_LOG::rollback"
              + "|trans_rollback_stmt|open_ltable|open_log_table NEW"),
      // the glibc assertion (line 307) follows the previous start, inside what the triage reader
      // still takes for the previous crash block, so it is lost there
      new Difference("full-error.log", 4, false, UDF_ASSERT),
      new Difference("exploratory-12-starts.full-error.log", 4, false, UDF_ASSERT),
      new Difference("startup-failure-after-semaphore-crash.full-error.log", 4, false, UDF_ASSERT));

  static Stream<Path> fixtures() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String d : List.of("known-bugs", "knownbugs/generated-here", "corpus/real",
        "corpus/generated-here/mariadb-10.11.19-debian12/errorlog", "corpus/generated-here/mariadb-10.11.19-debian12/extra")) {
      try (Stream<Path> s = Files.list(Path.of("src/test/resources", d))) {
        s.filter(p -> p.toString().endsWith(".log")).sorted().forEach(out::add);
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void bothReadersGiveTheSameSignatureAndVerdict(Path p) throws IOException {
    List<String> triage = describe(new ServerLogReader(), p, true);
    List<String> engine = describe(new EngineCrashSource(), p, true);
    List<String> expected = new ArrayList<>(triage);
    List<Difference> diffs = ENGINE_ONLY.stream().filter(d -> d.fixture().equals(p.getFileName().toString())).toList();
    if (!diffs.isEmpty()) {
      engine = describe(new EngineCrashSource(), p, false);
      expected = new ArrayList<>(describe(new ServerLogReader(), p, false));
      for (Difference d : diffs) {
        if (d.triageMissesIt()) {
          expected.add(d.index(), d.engine());
        } else {
          assertThat(expected.get(d.index())).as("the triage reader's reading of this crash").isNotEqualTo(d.engine());
          expected.set(d.index(), d.engine());
        }
      }
    }
    if (!engine.equals(expected)) {
      System.out.println("DISAGREE " + p.getFileName() + "\n  triage: " + triage + "\n  engine: " + engine);
    }
    assertThat(engine).as(p.toString()).isEqualTo(expected);
  }

  static List<String> describe(CrashSource s, Path p, boolean withHash) throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(p)) {
      for (CrashRecord c : s.read(p.getFileName().toString(), in)) {
        MatchResult r = MATCHER.match(c.facts(), c.version());
        out.add(r.signature().uniqueId() + (withHash ? " " + r.signature().hash() : "") + " " + r.verdict());
      }
    }
    return out;
  }
}
