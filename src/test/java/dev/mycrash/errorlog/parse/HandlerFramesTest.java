package dev.mycrash.errorlog.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.symbols.Frame;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Handler marking on real backtraces: which frames are the handler and abort machinery. */
class HandlerFramesTest {

  private static List<Boolean> marks(String... lines) {
    List<Frame> frames = Stream.of(lines).map(FrameParser::parse).toList();
    return HandlerFrames.mark(frames).stream().map(Frame::handler).toList();
  }

  @Test
  void assertThroughGlibcAbortMarksTheAssertInternalsButNotTheAssertingFunction() {
    // full-error.log, udf_assert crash (libc6-dbg installed: addr2line names __assert_fail_base _nl_load_domain)
    assertThat(marks(
            "/usr/sbin/mariadbd(my_print_stacktrace+0x2e)[0x5600f585887e]",
            "/usr/sbin/mariadbd(handle_fatal_signal+0x1c7)[0x5600f53d3057]",
            "libc_sigaction.c:0(__restore_rt)[0x7f137ae5a050]",
            "nptl/pthread_kill.c:44(__pthread_kill_implementation)[0x7f137aea8eec]",
            "posix/raise.c:27(__GI_raise)[0x7f137ae59fb2]",
            "stdlib/abort.c:81(__GI_abort)[0x7f137ae44472]",
            "intl/loadmsgcat.c:1177(_nl_load_domain)[0x7f137ae44395]",
            "/lib/x86_64-linux-gnu/libc.so.6(+0x34ec2)[0x7f137ae52ec2]",
            "udf/crash_udf.c:13(crash_assert)[0x7f137bbbd1ca]",
            "/usr/sbin/mariadbd(_ZN17Item_func_udf_int7val_intEv+0x4a)[0x5600f544a01a]"))
        .containsExactly(true, true, true, true, true, true, true, true, false, false);
  }

  @Test
  void interruptedSyscallAfterTheTrampolineIsWhereTheServerWas() {
    // full-error.log, kill -SEGV: the main thread was in poll()
    assertThat(marks(
            "/usr/sbin/mariadbd(my_print_stacktrace+0x2e)[0x56151cca987e]",
            "/usr/sbin/mariadbd(handle_fatal_signal+0x269)[0x56151c8240f9]",
            "libc_sigaction.c:0(__restore_rt)[0x7f4e7e25a050]",
            "linux/poll.c:29(__GI___poll)[0x7f4e7e31a26f]",
            "/usr/sbin/mariadbd(_Z26handle_connections_socketsv+0x27f)[0x56151c4ea94f]"))
        .containsExactly(true, true, true, false, false);
  }

  @Test
  void unnamedLibpthreadFrameAfterHandleFatalSignalIsTheTrampoline() {
    // wsrep57-352-sig11.log
    assertThat(marks(
            "/usr/sbin/mysqld(my_print_stacktrace+0x2c)[0x55f48c960d9c]",
            "/usr/sbin/mysqld(handle_fatal_signal+0x479)[0x55f48c268309]",
            "/lib/x86_64-linux-gnu/libpthread.so.0(+0x110e0)[0x7fe1f80f50e0]",
            "/usr/sbin/mysqld(handle_connection+0x17e)[0x55f48c7e8f5e]"))
        .containsExactly(true, true, true, false);
  }

  @Test
  void asanInterceptorAboveThePrinterAndMysql8DemangledNames() {
    // replbug-mysql92993.log
    assertThat(marks(
            "/lib/x86_64-linux-gnu/libasan.so.5(+0x6cd40) [0x7fe31bd6bd40]",
            "/usr/local/mysql/bin/mysqld(my_print_stacktrace(unsigned char*, unsigned long)+0xd1) [0x561c992d384b]",
            "/usr/local/mysql/bin/mysqld(handle_fatal_signal+0x7e1) [0x561c970b80a7]",
            "/lib/x86_64-linux-gnu/libpthread.so.0(+0x14420) [0x7fe31bcf0420]",
            "/lib/x86_64-linux-gnu/libc.so.6(gsignal+0xcb) [0x7fe31b41600b]",
            "/lib/x86_64-linux-gnu/libc.so.6(abort+0x12b) [0x7fe31b3f5859]",
            "/lib/x86_64-linux-gnu/libc.so.6(+0x22729) [0x7fe31b3f5729]",
            "/lib/x86_64-linux-gnu/libc.so.6(+0x33fd6) [0x7fe31b406fd6]",
            "/usr/local/mysql/bin/mysqld(MYSQL_BIN_LOG::rollback(THD*, bool)+0x449) [0x561c98b544e7]"))
        .containsExactly(true, true, true, true, true, true, true, true, false);
  }

  @Test
  void strippedServerFrameAfterAbortIsNotMachinery() {
    // wandb-57docker-pthread-fatal.log: mysqld(+0x6b0adc) is ut_dbg_assertion_failed, but stripped: unknown
    assertThat(marks(
            "mysqld(my_print_stacktrace+0x3b)[0x564d9e24f71b]",
            "mysqld(handle_fatal_signal+0x377)[0x564d9dada907]",
            "/lib/x86_64-linux-gnu/libc.so.6(+0x42520)[0x7f9360da6520]",
            "/lib/x86_64-linux-gnu/libc.so.6(pthread_kill+0x12c)[0x7f9360dfaa7c]",
            "/lib/x86_64-linux-gnu/libc.so.6(raise+0x16)[0x7f9360da6476]",
            "/lib/x86_64-linux-gnu/libc.so.6(abort+0xd3)[0x7f9360d8c7f3]",
            "mysqld(+0x6b0adc)[0x564d9dab0adc]",
            "mysqld(_ZN2ib5fatalD1Ev+0x66)[0x564d9e5fe406]"))
        .containsExactly(true, true, true, true, true, true, false, false);
  }

  @Test
  void theDataFileLoadsAndHoldsTheBriefsNames() {
    assertThat(HandlerFrames.names()).contains("my_print_stacktrace", "handle_fatal_signal", "handle_segfault",
        "__restore_rt", "raise", "__GI_raise", "abort", "__GI_abort", "__pthread_kill_implementation", "pthread_kill",
        "__assert_fail", "ut_dbg_assertion_failed", "my_abort", "print_fatal_signal");
  }
}
