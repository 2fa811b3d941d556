package dev.mycrash.errorlog.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.errorlog.LogLine;
import dev.mycrash.errorlog.model.Assertion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Assertion shapes of reference §5 with real lines. */
class AssertionParserTest {

  private static List<LogLine> lines(String... t) {
    List<LogLine> out = new ArrayList<>();
    for (int i = 0; i < t.length; i++) {
      out.add(new LogLine(100 + i, t[i]));
    }
    return out;
  }

  @Test
  void innodb51WithThreadAndFailingAssertion() {
    // pt-errlog004.log lines 3-4
    Assertion a = AssertionParser.find(lines(
        "InnoDB: Unable to lock ./timer2/rates.ibd, error: 37",
        "090902 11:08:43  InnoDB: Assertion failure in thread 1312495936 in file fil/fil0fil.c line 752",
        "InnoDB: Failing assertion: ret",
        "InnoDB: We intentionally generate a memory trap."));
    assertThat(a).isEqualTo(new Assertion("innodb", "fil/fil0fil.c", 752, "ret", "1312495936", null, 101));
  }

  @Test
  void mariadbFullBuildPathWithoutThread() {
    // polls-1799-mariadb103-assert.log lines 2-3
    Assertion a = AssertionParser.find(lines(
        "2021-07-02 10:36:32 0x7fb9a0061700  InnoDB: Assertion failure in file /build/mariadb-10.3-ozYrCP/mariadb-10.3-10.3.29/storage/innobase/dict/dict0mem.cc line 143",
        "InnoDB: Failing assertion: dict_tf2_is_valid(flags, flags2)"));
    assertThat(a.file()).isEqualTo("/build/mariadb-10.3-ozYrCP/mariadb-10.3-10.3.29/storage/innobase/dict/dict0mem.cc");
    assertThat(a.line()).isEqualTo(143);
    assertThat(a.expression()).isEqualTo("dict_tf2_is_valid(flags, flags2)");
    assertThat(a.thread()).isNull();
  }

  @Test
  void headerWrappedOntoTwoLinesByTheReporter() {
    // wandb-57docker-pthread-fatal.log lines 3-4
    Assertion a = AssertionParser.find(lines(
        "2022-11-03 09:15:48 0x7fcb2eb43740  InnoDB: Assertion failure in thread 140510638651200 in file ut0ut.cc",
        "line 921",
        "InnoDB: We intentionally generate a memory trap."));
    assertThat(a.file()).isEqualTo("ut0ut.cc");
    assertThat(a.line()).isEqualTo(921);
    assertThat(a.expression()).isNull();
  }

  @Test
  void mysql8WithExpressionFirstOfTwoThreads() {
    // dockermysql-807-mysql80-ddl-assert.log: two threads assert back to back; the first is taken
    Assertion a = AssertionParser.find(lines(
        "2022-01-11T19:18:29.685267Z 0 [ERROR] [MY-013183] [InnoDB] Assertion failure: ddl0buffer.cc:204:ptr < bounds.second thread 140540279490304",
        "InnoDB: We intentionally generate a memory trap.",
        "2022-01-11T19:18:29.685852Z 0 [ERROR] [MY-013183] [InnoDB] Assertion failure: ddl0buffer.cc:204:ptr < bounds.second thread 140540304668416"));
    assertThat(a).isEqualTo(new Assertion("mysql8", "ddl0buffer.cc", 204, "ptr < bounds.second", "140540279490304", null, 100));
  }

  @Test
  void glibcAssertOnTheLineBeforeTheSignal() {
    // full-error.log line 307 (udf_assert); replbug-mysql92993.log
    Assertion a = AssertionParser.find(lines(
        "mariadbd: /tmp/crashlab/udf/crash_udf.c:13: crash_assert: Assertion `must_be_nonzero != 0' failed."));
    assertThat(a).isEqualTo(new Assertion("glibc", "/tmp/crashlab/udf/crash_udf.c", 13, "must_be_nonzero != 0", null, "crash_assert", 100));
    Assertion b = AssertionParser.find(lines(
        "mysqld: /mysql-server/sql/binlog.cc:2286: virtual int MYSQL_BIN_LOG::rollback(THD*, bool): Assertion `all || !xs->is_binlogged() || (!xs->is_in_recovery() && thd->is_error())' failed."));
    assertThat(b.function()).isEqualTo("virtual int MYSQL_BIN_LOG::rollback(THD*, bool)");
    assertThat(b.expression()).isEqualTo("all || !xs->is_binlogged() || (!xs->is_in_recovery() && thd->is_error())");
  }

  @Test
  void bareFailingAssertionWithoutTheAssertionFailureLine() {
    // known-bugs/MDEV-22627.log line 2 (mariadb-qa's report shape: no "in file ... line" header)
    Assertion a = AssertionParser.find(lines(
        "InnoDB: Failing assertion: dict_tf2_is_valid(flags, flags2)"));
    assertThat(a).isEqualTo(new Assertion("innodb", null, null, "dict_tf2_is_valid(flags, flags2)", null, null, 100));
  }

  @Test
  void theHeaderBeforeAFailingAssertionStillGivesFileAndLine() {
    // known-bugs/LP-940019.log lines 4-5: the header wins, the expression comes from the next line
    Assertion a = AssertionParser.find(lines(
        "120223 15:59:21 InnoDB: Assertion failure in thread 1248631104 in file fil0fil.c line 867",
        "InnoDB: Failing assertion: node->n_pending == 0 || node->space->is_being_deleted"));
    assertThat(a).isEqualTo(new Assertion("innodb", "fil0fil.c", 867,
        "node->n_pending == 0 || node->space->is_being_deleted", "1248631104", null, 100));
  }

  @Test
  void bsdLibcAssertion() {
    // known-bugs/MYSQL-45863.log line 2 (as published, without the final '.')
    Assertion a = AssertionParser.find(lines(
        "Assertion failed: (fixed == 0), function fix_fields, file item.cc, line 4448"));
    assertThat(a).isEqualTo(new Assertion("bsd", "item.cc", 4448, "fixed == 0", null, "fix_fields", 100));
    // libc's own format ends with '.'; the expression may hold parentheses
    Assertion b = AssertionParser.find(lines(
        "Assertion failed: ((a) > 0), function f, file x.c, line 12."));
    assertThat(b.expression()).isEqualTo("(a) > 0");
    assertThat(b.line()).isEqualTo(12);
  }

  @Test
  void glibcAssertionWithoutASpaceAfterTheProgram() {
    // known-bugs/MDEV-24569.log line 2
    Assertion a = AssertionParser.find(lines(
        "mysqld:storage/innobase/log/log0recv.cc:274: log_phys_t::apply_status log_phys_t::apply(const buf_block_t&, uint16_t&) const: Assertion `mach_read_from_4(frame + 4U) == block.page.id().page_no()' failed."));
    assertThat(a.kind()).isEqualTo("glibc");
    assertThat(a.file()).isEqualTo("storage/innobase/log/log0recv.cc");
    assertThat(a.line()).isEqualTo(274);
    assertThat(a.function()).isEqualTo("log_phys_t::apply_status log_phys_t::apply(const buf_block_t&, uint16_t&) const");
    assertThat(a.expression()).isEqualTo("mach_read_from_4(frame + 4U) == block.page.id().page_no()");
  }

  @Test
  void glibcAssertionWithTheExpressionOnly() {
    // known-bugs/MDEV-19216.log line 2
    Assertion a = AssertionParser.find(lines(
        "mariadbd: Assertion `!strcmp(index->table->name.m_name, \"SYS_FOREIGN\") || !strcmp(index->table->name.m_name, \"SYS_FOREIGN_COLS\")' failed."));
    assertThat(a).isEqualTo(new Assertion("glibc", null, null,
        "!strcmp(index->table->name.m_name, \"SYS_FOREIGN\") || !strcmp(index->table->name.m_name, \"SYS_FOREIGN_COLS\")",
        null, null, 100));
  }

  @Test
  void noAssertion() {
    assertThat(AssertionParser.find(lines("2026-11-23 11:43:44 0 [Note] /usr/sbin/mariadbd: ready for connections."))).isNull();
  }
}
