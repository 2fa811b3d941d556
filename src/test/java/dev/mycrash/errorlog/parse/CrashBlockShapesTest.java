package dev.mycrash.errorlog.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.errorlog.ErrorLogAnalyzer;
import dev.mycrash.errorlog.model.Analysis;
import dev.mycrash.errorlog.model.Assertion;
import dev.mycrash.errorlog.model.CrashReport;
import dev.mycrash.errorlog.read.LogInput;
import dev.mycrash.symbols.Frame;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine end to end on the crash shapes the triage reader read first: macOS frames, a bare
 * {@code [0x...]} frame, a BSD libc assertion and a bare {@code Failing assertion}. Fixtures are
 * the known-bug excerpts (src/test/resources/known-bugs, sources in their first line and README);
 * expected values read off the files by hand.
 */
class CrashBlockShapesTest {

  static CrashReport only(String id) throws IOException {
    try (InputStream in = CrashBlockShapesTest.class.getResourceAsStream("/known-bugs/" + id + ".log")) {
      Analysis a = ErrorLogAnalyzer.analyze(LogInput.ofStream(id + ".log", in), ErrorLogAnalyzer.Options.of(true));
      assertThat(a.crashes()).hasSize(1);
      return a.crashes().get(0);
    }
  }

  @Test
  void macosBacktrace() throws IOException {
    // MYSQL-46692: header line 2, stack_bottom line 9, frames 0-6 on lines 10-16
    CrashReport c = only("MYSQL-46692");
    assertThat(c.signal()).isEqualTo(11);
    List<Frame> f = c.frames();
    assertThat(f).hasSize(7);
    assertThat(f).extracting(Frame::handler).containsExactly(true, true, true, false, false, false, false);
    assertThat(f.get(2).function()).isEqualTo("_sigtramp");
    assertThat(f.get(3).address()).isEqualTo("0xffffffff");
    assertThat(f.get(4).module()).isEqualTo("mysqld");
    assertThat(f.get(4).function()).isEqualTo("is_indexed_agg_distinct(JOIN*, List<Item_field>*)");
    assertThat(f.get(4).offset()).isEqualTo("0x323b");
    assertThat(f.get(5).function()).isEqualTo("JOIN::optimize()");
    assertThat(f.get(5).address()).isEqualTo("0x002f4867");
  }

  @Test
  void bareAddressFrameDoesNotEndTheBacktrace() throws IOException {
    // MYSQL-74433: frames on lines 25-28; [0x966400] (line 27) is the trampoline
    CrashReport c = only("MYSQL-74433");
    List<Frame> f = c.frames();
    assertThat(f).hasSize(4);
    assertThat(f.get(2).address()).isEqualTo("0x966400");
    assertThat(f.get(2).handler()).isTrue();
    assertThat(f.get(3).function()).startsWith("table_def::compatible_with(");
    assertThat(f.get(3).handler()).isFalse();
  }

  @Test
  void bsdLibcAssertionBeforeABareHeader() throws IOException {
    // MYSQL-45863 lines 2-3
    CrashReport c = only("MYSQL-45863");
    assertThat(c.signal()).isEqualTo(6);
    assertThat(c.assertion()).isEqualTo(new Assertion("bsd", "item.cc", 4448, "fixed == 0", null, "fix_fields", 2));
  }

  @Test
  void bareFailingAssertionBeforeTheHeader() throws IOException {
    // MDEV-22627 lines 2-3
    CrashReport c = only("MDEV-22627");
    assertThat(c.assertion()).isEqualTo(new Assertion("innodb", null, null, "dict_tf2_is_valid(flags, flags2)", null, null, 2));
    assertThat(c.frames()).hasSize(4);
    assertThat(c.frames().get(0).handler()).isTrue(); // ut_dbg_assertion_failed
  }

  @Test
  void analyzeTextShowsAFileLessAssertionAsItsExpression() throws Exception {
    java.nio.file.Path p = java.nio.file.Path.of(getClass().getResource("/known-bugs/MDEV-22627.log").toURI());
    var out = new java.io.ByteArrayOutputStream();
    var err = new java.io.ByteArrayOutputStream();
    int code = dev.mycrash.Main.run(InputStream.nullInputStream(), new java.io.PrintStream(out, true, "UTF-8"),
        new java.io.PrintStream(err, true, "UTF-8"), "analyze", p.toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString("UTF-8")).contains("assertion:  dict_tf2_is_valid(flags, flags2)\n").doesNotContain("null");
  }
}
