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
 * The crashes the retired triage reader (ServerLogReader) misread or missed, where the two readers
 * were compared over every triage fixture and real corpus log (commit "Differential test ...": on
 * every other crash they gave the same UniqueID, hash and verdict). Each is held to what the
 * error-log engine reads, worked out by hand from the log: UniqueID and verdict against the curated
 * known bugs.
 */
class RetiredReaderMissesTest {
  static final KnownBugMatcher MATCHER = new KnownBugMatcher(KnownBugDatabase.load(Path.of("known-bugs")), null);
  static final String UDF_ASSERT = "must_be_nonzero != 0|SIGABRT|crash_assert|Item_func_udf_int::val_int"
      + "|Type_handler::Item_send_longlong|Protocol::send_result_set_row NEW";

  /** Crash {@code index} of {@code fixture} (a path under src/test/resources) of {@code crashes}: the engine's UniqueID and verdict. */
  record Case(String fixture, int crashes, int index, String engine) {
    @Override
    public String toString() {
      return fixture.substring(fixture.lastIndexOf('/') + 1) + " #" + index;
    }
  }

  static Stream<Case> cases() {
    String gen = "corpus/generated-here/mariadb-10.11.19-debian12/";
    return Stream.of(
        // Windows: "mysqld got exception 0xc0000005 ;" (no signal), StackWalk64 frames lines 6-9
        new Case("known-bugs/MYSQL-42438.log", 1, 0,
            "ha_partition::change_table_ptr|ha_delete_table|mysql_rm_table_part2|wait_if_global_read_lock KNOWN"),
        // the excerpt ends after the MySQL 8 assertion (line 12), before "got signal"
        new Case("corpus/real/dockermysql-807-mysql80-ddl-assert.log", 1, 0, "ptr < bounds.second NEW"),
        // the excerpt starts at "Attempting backtrace": no header; first real frame line 9
        new Case("corpus/real/nextcloudsnap-2405-mysql8033-arm.log", 1, 0,
            "memory::Aligned_atomic<long>::Aligned_atomic|Delegate::Delegate|delegates_init|mysqld_main NEW"),
        // frames quoted with "   > " (the old reader read none of them)
        new Case("corpus/real/replbug-mysql92993.log", 1, 0,
            "all || !xs->is_binlogged() || (!xs->is_in_recovery() && thd->is_error())|SIGABRT|MYSQL_BIN_LOG::rollback"
                + "|trans_rollback_stmt|open_ltable|open_log_table NEW"),
        // the glibc assertion (line 307) right after a restart: the old reader still took it for
        // part of the previous crash block and lost it
        new Case(gen + "errorlog/full-error.log", 8, 4, UDF_ASSERT),
        new Case(gen + "extra/exploratory-12-starts.full-error.log", 9, 4, UDF_ASSERT),
        new Case(gen + "extra/startup-failure-after-semaphore-crash.full-error.log", 8, 4, UDF_ASSERT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theEngineReadsIt(Case c) throws IOException {
    List<String> got = new ArrayList<>();
    try (InputStream in = Files.newInputStream(Path.of("src/test/resources", c.fixture()))) {
      for (CrashRecord r : new EngineCrashSource().read(c.fixture(), in)) {
        MatchResult m = MATCHER.match(r.facts(), r.version());
        got.add(m.signature().uniqueId() + " " + m.verdict());
      }
    }
    assertThat(got).hasSize(c.crashes());
    assertThat(got.get(c.index())).isEqualTo(c.engine());
  }
}
