package dev.mycrash.errorlog.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.errorlog.model.ResourceLimit;
import org.junit.jupiter.api.Test;

/**
 * The hand-written line readers on real lines, expected values read off the lines by hand. Lines
 * from: generated-here full-error.log (errorlog/generated/mariadb-10.11.19-full-error.log) lines
 * 18, 53, 59, 619, 651, 657; corpus/real replbug-mysql92993.log:40 (without its "> " quote);
 * corpus/real chessdata-38-mysql842-docker-start.log:6.
 */
class HandReadersTest {
  @Test
  void glibcFrameSplitsAtTheFirstParenthesisAndTheFinalBrackets() {
    FrameSplit.Parts p = FrameSplit.glibc("/usr/sbin/mariadbd(_ZN5tpool4task7executeEv+0x2f)[0x55b213d69e3f]");
    assertThat(p).isEqualTo(new FrameSplit.Parts("/usr/sbin/mariadbd", null, "_ZN5tpool4task7executeEv+0x2f", "0x55b213d69e3f"));
  }

  @Test
  void mysql8DemangledFrameKeepsTheInnerParenthesesAndTheSpace() {
    FrameSplit.Parts p = FrameSplit.glibc("/usr/local/mysql/bin/mysqld(do_command(THD*)+0x8bd) [0x561c96db98a1]");
    assertThat(p).isEqualTo(new FrameSplit.Parts("/usr/local/mysql/bin/mysqld", null, "do_command(THD*)+0x8bd", "0x561c96db98a1"));
  }

  @Test
  void addr2lineFrameNamesFileAndLine() {
    String line = "nptl/pthread_kill.c:44(__pthread_kill_implementation)[0x7fba252a8eec]";
    assertThat(FrameSplit.addr2line(line))
        .isEqualTo(new FrameSplit.Parts("nptl/pthread_kill.c", "44", "__pthread_kill_implementation", "0x7fba252a8eec"));
    assertThat(FrameSplit.addr2line("/usr/sbin/mariadbd(+0x6c7941)[0x55b213591941]")).isNull();
  }

  @Test
  void framesWithoutTheirBracketedAddressAreNoFrames() {
    assertThat(FrameSplit.glibc("/usr/sbin/mariadbd(_start+0x21)")).isNull();
    assertThat(FrameSplit.glibc("/usr/sbin/mariadbd(_start+0x21)[0x]")).isNull();
    assertThat(FrameSplit.glibc("mysqld (foo)[0x1]")).isNull(); // a blank before the parenthesis
  }

  @Test
  void resourceLimitRowsWithThreeAndTwoValues() {
    assertThat(LimitLine.parse("Max stack size            8388608              unlimited            bytes"))
        .isEqualTo(new ResourceLimit("Max stack size", "8388608", "unlimited", "bytes"));
    assertThat(LimitLine.parse("Max nice priority         0                    0"))
        .isEqualTo(new ResourceLimit("Max nice priority", "0", "0", null));
    assertThat(LimitLine.parse("Max Age(Sync) : 80819529")).isNull(); // InnoDB's LSN age table, same log
  }

  @Test
  void startLineWordBeforeTheParenthesisIsTheProgram() {
    StartLines.Start s = StartLines.process(
        "2024-09-07T15:30:13.229030Z 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.4.2) starting as process 1");
    assertThat(s).isEqualTo(new StartLines.Start("/usr/sbin/mysqld", "8.4.2", "1"));
    // the expression's first match starts at the word before the second "(mysqld "
    assertThat(StartLines.process("x(mysqld (mysqld 8.0) starting as process 5"))
        .isEqualTo(new StartLines.Start("x(mysqld", "8.0", "5"));
  }

  @Test
  void readyLineSplitsBeforeTheProgram() {
    assertThat(StartLines.ready("2026-11-23 11:43:44 0 [Note] /usr/sbin/mariadbd: ready for connections."))
        .isEqualTo(new StartLines.Ready("2026-11-23 11:43:44 0 [Note] ", "/usr/sbin/mariadbd"));
  }
}
