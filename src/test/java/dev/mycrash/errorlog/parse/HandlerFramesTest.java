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
  void bareAddressAfterHandleFatalSignalIsTheTrampoline() {
    // known-bugs/MYSQL-74433.log (32-bit: the vDSO's sigreturn has no name)
    assertThat(marks(
            "/usr/sbin/mysqld(my_print_stacktrace+0x34)[0x852ae24]",
            "/usr/sbin/mysqld(handle_fatal_signal+0x48c)[0x827cc5c]",
            "[0x966400]",
            "/usr/sbin/mysqld(_ZNK9table_def15compatible_withEP3THDP14Relay_log_infoP5TABLEPS5_P11st_mem_root+0xe1)[0x84e2ec1]"))
        .containsExactly(true, true, true, false);
  }

  @Test
  void macosSigtrampIsTheTrampolineAndTheBadAddressAfterItIsWhereTheServerWas() {
    // known-bugs/MYSQL-46692.log: frame 3 is the jump to 0xffffffff that faulted
    assertThat(marks(
            "0   mysqld                              0x009ac1a9 my_print_stacktrace + 63",
            "1   mysqld                              0x001bf0bd handle_segfault + 1301",
            "2   libSystem.B.dylib                   0x90e8e2bb _sigtramp + 43",
            "3   ???                                 0xffffffff 0x0 + 4294967295",
            "4   mysqld                              0x002f3479 _Z23is_indexed_agg_distinctP4JOINP4ListI10Item_fieldE + 12859"))
        .containsExactly(true, true, true, false, false);
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
  void strippedFrameBetweenAbortAndIbFatalIsMachinery() {
    // wandb-57docker-pthread-fatal.log lines 35-43: mysqld(+0x6b0adc) lies between abort and
    // ib::fatal::~fatal() (the InnoDB fatal path that calls abort), so it is abort machinery too
    assertThat(marks(
            "mysqld(my_print_stacktrace+0x3b)[0x564d9e24f71b]",
            "mysqld(handle_fatal_signal+0x377)[0x564d9dada907]",
            "/lib/x86_64-linux-gnu/libc.so.6(+0x42520)[0x7f9360da6520]",
            "/lib/x86_64-linux-gnu/libc.so.6(pthread_kill+0x12c)[0x7f9360dfaa7c]",
            "/lib/x86_64-linux-gnu/libc.so.6(raise+0x16)[0x7f9360da6476]",
            "/lib/x86_64-linux-gnu/libc.so.6(abort+0xd3)[0x7f9360d8c7f3]",
            "mysqld(+0x6b0adc)[0x564d9dab0adc]",
            "mysqld(_ZN2ib5fatalD1Ev+0x66)[0x564d9e5fe406]",
            "mysqld(_Z21os_thread_create_funcPFPvS_ES_Pm+0x257)[0x564d9e4ecc57]"))
        .containsExactly(true, true, true, true, true, true, true, true, false);
  }

  @Test
  void unnamedFramesAfterTheLastHandlerFrameAreWhereTheServerWas() {
    // generated-here semaphore.log lines 69-77: the watchdog's abort, then two stripped server frames
    assertThat(marks(
            "/usr/sbin/mariadbd(my_print_stacktrace+0x2e)[0x55b213dc587e]",
            "/usr/sbin/mariadbd(handle_fatal_signal+0x269)[0x55b2139400f9]",
            "libc_sigaction.c:0(__restore_rt)[0x7fba2525a050]",
            "nptl/pthread_kill.c:44(__pthread_kill_implementation)[0x7fba252a8eec]",
            "posix/raise.c:27(__GI_raise)[0x7fba25259fb2]",
            "stdlib/abort.c:81(__GI_abort)[0x7fba25244472]",
            "/usr/sbin/mariadbd(+0x6c7941)[0x55b213591941]",
            "/usr/sbin/mariadbd(+0x6c05c2)[0x55b21358a5c2]",
            "/usr/sbin/mariadbd(_ZN5tpool4task7executeEv+0x2f)[0x55b213d69e3f]"))
        .containsExactly(true, true, true, true, true, true, false, false, false);
  }

  @Test
  void sanitizerRuntimeFramesAreReportMachinery() {
    // mariadbqa-A05.log lines 107-118 (by library) and mariadbqa-A03.log lines 122-129 (by name)
    assertThat(marks(
            "/lib/x86_64-linux-gnu/libc.so.6(abort+0x12b)[0x7f9b93b8a859]",
            "/lib/x86_64-linux-gnu/libasan.so.5(+0x12b6a2)[0x7f9b947446a2]",
            "/lib/x86_64-linux-gnu/libasan.so.5(__asan_report_store1+0x3e)[0x7f9b947313ee]",
            "strings/strmake.c:66(strmake)[0x5578a8d4819e]"))
        .containsExactly(true, true, true, false);
    assertThat(marks(
            "??:0(abort)[0x7f7ea8867859]",
            "??:0(__sanitizer_set_report_fd)[0x7f7ea929a6a2]",
            "??:0(__asan_on_error)[0x7f7ea9286363]",
            "??:0(__sanitizer_weak_hook_memcmp)[0x7f7ea9249d1f]",
            "strings/json_lib.c:1811(json_path_parts_compare)[0x560ed2e2ddd9]"))
        .containsExactly(true, true, true, true, false);
  }

  @Test
  void theDataFileLoadsAndHoldsTheBriefsNames() {
    assertThat(HandlerFrames.names()).contains("my_print_stacktrace", "handle_fatal_signal", "handle_segfault",
        "__restore_rt", "raise", "__GI_raise", "abort", "__GI_abort", "__pthread_kill_implementation", "pthread_kill",
        "__assert_fail", "ut_dbg_assertion_failed", "my_abort", "print_fatal_signal");
  }
}
