package dev.mycrash.gdb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.symbols.Frame;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Expected values worked out by reading the fixtures (src/test/resources/gdb/README.md). */
class GdbBacktraceParserTest {

  @Test
  void udfSegvCrashingThreadIsThreadOneWithTheUdfFrameAfterTheHandler() throws IOException {
    GdbBacktrace bt = GdbBacktraceParser.parse(fixture("udf_segv.gdb.txt"));
    assertThat(bt.signal()).isEqualTo("SIGSEGV");
    assertThat(bt.signalDescription()).isEqualTo("Segmentation fault");
    assertThat(bt.signalNumber()).isEqualTo(11);
    assertThat(bt.currentThread()).isEqualTo(1);
    assertThat(bt.threads()).hasSize(12);
    GdbThread t = bt.crashingThread().orElseThrow();
    assertThat(t.number()).isEqualTo(1);
    assertThat(t.lwp()).isEqualTo(7767L);
    assertThat(t.frames()).hasSize(23);
    assertThat(t.frames().subList(0, 3)).allMatch(Frame::handler);
    Frame udf = t.crashFrames().get(0);
    assertThat(udf.function()).isEqualTo("crash_segv");
    assertThat(udf.address()).isEqualTo("0x00007f22acd70160");
    assertThat(udf.file()).isEqualTo("/tmp/crashlab/udf/crash_udf.c");
    assertThat(udf.line()).isEqualTo(10);
    assertThat(t.crashFrames()).extracting(Frame::function).startsWith("crash_segv",
        "Item_func_udf_int::val_int", "Type_handler::Item_send_longlong", "Protocol::send_result_set_row",
        "select_send::send_data", null, "JOIN::exec_inner", "JOIN::exec", "mysql_select", "handle_select",
        null, "mysql_execute_command", "mysql_parse", "dispatch_command", "do_command");
    assertThat(t.frames().get(4).symbol()).isEqualTo("Item_func_udf_int::val_int()");
  }

  @Test
  void framesWithoutAddressAndFromALibrary() throws IOException {
    GdbBacktrace bt = GdbBacktraceParser.parse(fixture("udf_segv.gdb.txt"));
    Frame f0 = bt.thread(1).orElseThrow().frames().get(0);
    assertThat(f0.address()).isNull();
    assertThat(f0.function()).isEqualTo("__pthread_kill_implementation");
    assertThat(f0.file()).isEqualTo("./nptl/pthread_kill.c");
    assertThat(f0.line()).isEqualTo(44);
    Frame lib = bt.thread(10).orElseThrow().frames().get(9);
    assertThat(lib.raw()).isEqualTo("#9  0x00007f22ac2d44a3 in ?? () from /lib/x86_64-linux-gnu/libstdc++.so.6");
    assertThat(lib.module()).isEqualTo("/lib/x86_64-linux-gnu/libstdc++.so.6");
    assertThat(lib.function()).isNull();
    assertThat(lib.symbol()).isNull();
    assertThat(bt.thread(10).orElseThrow().frames().get(6).function())
        .isEqualTo("tpool::thread_pool_generic::wait_for_tasks");
  }

  @Test
  void udfAbortKeepsAbortMachineryAfterTheHandlerForTheNormaliser() throws IOException {
    GdbThread t = GdbBacktraceParser.parse(fixture("udf_abort.gdb.txt")).crashingThread().orElseThrow();
    assertThat(t.crashFrames()).extracting(Frame::function).startsWith("__pthread_kill_implementation",
        "__pthread_kill_internal", "__GI_raise", "__GI_abort", "crash_abort", "Item_func_udf_int::val_int");
  }

  @Test
  void stackOverflowHasNoHandlerFrameAndNinetyOneFrames() throws IOException {
    GdbBacktrace bt = GdbBacktraceParser.parse(fixture("udf_stack.gdb.txt"));
    GdbThread t = bt.crashingThread().orElseThrow();
    assertThat(t.hasSignalHandlerFrame()).isFalse();
    assertThat(t.frames()).hasSize(91).noneMatch(Frame::handler);
    assertThat(t.frames().get(0).function()).isEqualTo("recurse");
    assertThat(t.frames().get(90).function()).isEqualTo("clone3");
  }

  @Test
  void signalFromOutsideLandsInTheMainThread() throws IOException {
    GdbThread t = GdbBacktraceParser.parse(fixture("sig_segv.gdb.txt")).crashingThread().orElseThrow();
    assertThat(t.lwp()).isEqualTo(7502L);
    assertThat(t.crashFrames()).extracting(Frame::function)
        .startsWith("__GI___poll", "handle_connections_sockets", "mysqld_main");
  }

  @Test
  void withoutLibcDebugInfoLibcFramesAreUnnamedButModuleIsKnown() throws IOException {
    GdbThread t = GdbBacktraceParser.parse(fixture("udf_segv.without-libc6-dbg.gdb.txt"))
        .crashingThread().orElseThrow();
    assertThat(t.frames().get(0).module()).isEqualTo("/lib/x86_64-linux-gnu/libc.so.6");
    assertThat(t.frames().get(0).function()).isNull();
    assertThat(t.crashFrames().get(0).function()).isEqualTo("crash_segv");
  }

  @Test
  void semaphoreAbortCrashingThreadIsTheCurrentOneWithoutHandlerFrame() throws IOException {
    GdbBacktrace bt = GdbBacktraceParser.parse(fixture("semaphore-threshold1.gdb.txt"));
    assertThat(bt.signal()).isEqualTo("SIGABRT");
    GdbThread t = bt.crashingThread().orElseThrow();
    assertThat(t.number()).isEqualTo(1);
    assertThat(t.lwp()).isEqualTo(8784L);
    assertThat(t.frames().get(3).function()).isEqualTo("__GI_abort");
  }

  @Test
  void crlfAndCutOffTailStillParse() throws IOException {
    String text = fixture("udf_segv.gdb.txt");
    GdbBacktrace crlf = GdbBacktraceParser.parse(text.replace("\n", "\r\n"));
    assertThat(crlf.crashingThread().orElseThrow().crashFrames().get(0).function()).isEqualTo("crash_segv");
    String cut = text.substring(0, text.indexOf("#10 0x000056433e52b280 in JOIN::exec() ()"));
    GdbThread t = GdbBacktraceParser.parse(cut).crashingThread().orElseThrow();
    assertThat(t.frames()).hasSize(10);
  }

  @Test
  void threadHeadersWithoutLibthreadDbOrWithAName() {
    GdbBacktrace bt = GdbBacktraceParser.parse("Thread 2 (Thread 0x7ffff7d8a640 (LWP 1235) \"connection\"):\n"
        + "#0  0x00005555555551a9 in worker (arg=0x0) at w.c:7\n\n"
        + "Thread 1 (LWP 4242):\n#0  0x0000555555555149 in main () at m.c:3\n"
        + "Backtrace stopped: previous frame inner to this frame (corrupt stack?)\n");
    assertThat(bt.thread(2).orElseThrow().lwp()).isEqualTo(1235L);
    assertThat(bt.thread(1).orElseThrow().lwp()).isEqualTo(4242L);
    assertThat(bt.thread(1).orElseThrow().notes())
        .containsExactly("Backtrace stopped: previous frame inner to this frame (corrupt stack?)");
    assertThat(bt.crashingThread().orElseThrow().number()).as("no current thread, no handler: thread 1").isEqualTo(1);
  }

  @Test
  void nothingToParse() {
    GdbBacktrace bt = GdbBacktraceParser.parse("No stack.\n");
    assertThat(bt.threads()).isEmpty();
    assertThat(bt.crashingThread()).isEmpty();
    assertThat(bt.signalNumber()).isZero();
  }

  @Test
  void namesAreReducedToTheFunction() {
    assertThat(GdbNames.function("std::thread::_State_impl<std::thread::_Invoker<std::tuple<void (*)(int), int> > >::_M_run()"))
        .isEqualTo("std::thread::_State_impl<std::thread::_Invoker<std::tuple<void (*)(int), int> > >::_M_run");
    assertThat(GdbNames.function("row_ins_sec_index_entry_low(unsigned long, unsigned long) [clone .cold]"))
        .isEqualTo("row_ins_sec_index_entry_low");
    assertThat(GdbNames.function("Foo::operator()(int) const")).isEqualTo("Foo::operator()");
    Frame f = GdbFrameParser.parse("#3  0x0000000000401136 in (anonymous namespace)::run(int) ()");
    assertThat(f.function()).isEqualTo("(anonymous namespace)::run");
    Frame q = GdbFrameParser.parse("#4  0x00000000004011a0 in exec (q=0x4052a0 \"SELECT f(1) FROM (t\") at q.c:9");
    assertThat(q.function()).isEqualTo("exec");
    assertThat(q.line()).isEqualTo(9);
  }

  static String fixture(String name) throws IOException {
    try (InputStream in = GdbBacktraceParserTest.class.getResourceAsStream("/gdb/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

}
