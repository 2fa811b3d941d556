package dev.mycrash.errorlog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.errorlog.model.CrashReport;
import dev.mycrash.symbols.Frame;
import org.junit.jupiter.api.Test;

/** Crash-block fields read from real logs; expected values read off the files by hand. */
class CrashReportTest {

  @Test
  void mariadb1011UdfSegvHasConnectionQueryOptimizerAndCoreInfo() {
    // full-error.log: 4th crash, header on line 215, "Kernel version" on line 279, 23 frame lines
    CrashReport c = Fixtures.all(Fixtures.FULL).crashes().get(3);
    assertThat(c.firstLine()).isEqualTo(215);
    assertThat(c.lastLine()).isEqualTo(279);
    assertThat(c.time()).isEqualTo("261123 11:43:47");
    assertThat(c.signal()).isEqualTo(11);
    assertThat(c.signalName()).isEqualTo("SIGSEGV");
    assertThat(c.product()).isEqualTo("MariaDB");
    assertThat(c.version()).isEqualTo("10.11.19-MariaDB-0+deb12u1");
    assertThat(c.sourceRevision()).isEqualTo("5843d8475120241667a7ce0f8a1abb6c9b43a273");
    assertThat(c.threadPointer()).isEqualTo("0x772264000c68");
    assertThat(c.connectionId()).isEqualTo(9L);
    assertThat(c.status()).isEqualTo("NOT_KILLED");
    assertThat(c.query()).isEqualTo("SELECT id, v, crash_segv() FROM t1 WHERE id = 1");
    assertThat(c.optimizerSwitch()).startsWith("index_merge=on,").endsWith("cset_narrowing=off");
    assertThat(c.coreWritten()).isTrue();
    assertThat(c.workingDirectory()).isEqualTo("/tmp/crashlab/datadir");
    assertThat(c.corePattern()).isEqualTo("core");
    assertThat(c.kernelVersion()).startsWith("Linux version 6.18.44-fc-v657");
    assertThat(c.resourceLimits()).hasSize(8);
    assertThat(c.resourceLimits().get(0).name()).isEqualTo("Max stack size");
    assertThat(c.resourceLimits().get(0).soft()).isEqualTo("8388608");
    assertThat(c.resourceLimits().get(0).hard()).isEqualTo("unlimited");
    assertThat(c.stackBottom()).isEqualTo("0x7f22a03f6000 thread_stack 0x49000");
    assertThat(c.frames()).hasSize(23);
    assertThat(c.frames().get(3).function()).isEqualTo("crash_segv");
    assertThat(c.frames().get(3).handler()).isFalse();
    assertThat(c.frames().stream().filter(Frame::handler).count()).isEqualTo(3);
    assertThat(c.assertion()).isNull();
    assertThat(c.hangAbort()).isFalse();
  }

  @Test
  void mysql51BlockWithThdFieldsAndInnodbAssertion() {
    // pt-errlog004.log: assertion line 3, header line 12, last line 72 ("information that should help ...")
    CrashReport c = Fixtures.all("real/pt-errlog004.log").crashes().get(0);
    assertThat(c.firstLine()).isEqualTo(12);
    assertThat(c.lastLine()).isEqualTo(72);
    assertThat(c.time()).isEqualTo("090902 11:08:43");
    assertThat(c.signal()).isEqualTo(6);
    assertThat(c.threadPointer()).isEqualTo("0xf95a8a0");
    assertThat(c.query()).isEqualTo("CHECK TABLE `rates`  FOR UPGRADE");
    assertThat(c.connectionId()).isEqualTo(15L);
    assertThat(c.status()).isEqualTo("NOT_KILLED");
    assertThat(c.variables()).containsEntry("key_buffer_size", "67108864").containsEntry("threads_connected", "2");
    assertThat(c.assertion().file()).isEqualTo("fil/fil0fil.c");
    assertThat(c.assertion().line()).isEqualTo(752);
    assertThat(c.assertion().expression()).isEqualTo("ret");
    assertThat(c.assertion().logLine()).isEqualTo(3);
    assertThat(c.frames()).hasSize(31);
    assertThat(c.frames().get(1).symbol()).isEqualTo("handle_segfault");
    assertThat(c.frames().get(5).symbol()).isNull();
    assertThat(c.frames().get(5).address()).isEqualTo("0x741e55");
  }

  @Test
  void invalidQueryPointerIsANoteNotAQuery() {
    // replbug-mysql92993.log, quoted with "   > "
    CrashReport c = Fixtures.all("real/replbug-mysql92993.log").crashes().get(0);
    assertThat(c.query()).isNull();
    assertThat(c.queryNote()).isEqualTo("is an invalid pointer");
    assertThat(c.connectionId()).isEqualTo(10L);
    assertThat(c.threadPointer()).isEqualTo("0x626000204100");
    assertThat(c.assertion().kind()).isEqualTo("glibc");
    assertThat(c.frames()).hasSize(21);
    assertThat(c.frames().get(1).function()).isEqualTo("my_print_stacktrace(unsigned char*, unsigned long)");
  }

  @Test
  void perconaProductsAreNamedFromTheirCrashText() {
    // galera-382: PXC's "Please help us make Percona XtraDB Cluster better"; 5.6 assertion before the header
    CrashReport pxc = Fixtures.all("real/galera-382-pxc56-assert.log").crashes().get(0);
    assertThat(pxc.product()).isEqualTo("PXC");
    assertThat(pxc.assertion().file()).isEqualTo("trx0sys.cc");
    assertThat(pxc.assertion().thread()).isEqualTo("140011642861312");
    assertThat(pxc.time()).isEqualTo("12:48:57 UTC");
    // trellix-551: Ubuntu MySQL 5.5 from the Version line of its lifetime
    CrashReport mysql = Fixtures.all("real/trellix-551-sig11.log").crashes().get(0);
    assertThat(mysql.product()).isEqualTo("MySQL");
    assertThat(mysql.version()).isEqualTo("5.5.53-0ubuntu0.14.04.1");
  }

  @Test
  void noFramesPrintedIsAnEmptyBacktrace() {
    // macprov-43: the report stops at "stack_bottom = 0x700005b6ceb0 thread_stack 0x20000" (macOS)
    CrashReport c = Fixtures.all("real/macprov-43-mariadb103-macos.log").crashes().get(0);
    assertThat(c.frames()).isEmpty();
    assertThat(c.version()).isEqualTo("10.3.11-MariaDB");
    assertThat(c.threadPointer()).isEqualTo("0x7fd84e8b0808");
  }

  @Test
  void mysql84SignalLineAndBuildId() throws Exception {
    // no MySQL 8.4 crash report in the developer corpus: the block is built line by line from the
    // format strings of reference §3.4 (mysys/stacktrace.cc, sql/signal_handler.cc S-84)
    String log = String.join("\n",
        "2024-09-10T18:40:12Z UTC - mysqld got signal 11 ;",
        "Signal SIGSEGV (Address not mapped to object) at address 0x0",
        "Most likely, you have hit a bug, but this error can also be caused by malfunctioning hardware.",
        "BuildID[sha1]=1d4b8b8cd3a3e8dfef35ca7a8a0e2a8b9a0f2c11",
        "Thread pointer: 0x7f1c2a694ac3",
        "Attempting backtrace. You can use the following information to find out",
        "where mysqld died. If you see no messages after this, something went",
        "terribly wrong...",
        "stack_bottom = 7f1c2a694ac3 thread_stack 0x100000",
        " #0 0x55d3b1a3f2c4 print_fatal_signal(int) at mysys/stacktrace.cc:295",
        " #1 0x55d3b1a3f2c9 handle_fatal_signal at sql/signal_handler.cc:235",
        " #2 0x7f1c2a694ac3 <unknown>",
        "",
        "Trying to get some variables.",
        "Some pointers may be invalid and cause the dump to abort.",
        "Query (0): ",
        "Connection ID (thread ID): 0",
        "Status: NOT_KILLED",
        "") ;
    java.nio.file.Path p = java.nio.file.Files.createTempFile("mysql84", ".log");
    java.nio.file.Files.writeString(p, log);
    CrashReport c = Fixtures.analyze(p, ErrorLogAnalyzer.Options.of(true)).crashes().get(0);
    java.nio.file.Files.delete(p);
    assertThat(c.time()).isEqualTo("2024-09-10T18:40:12Z UTC");
    assertThat(c.signalCode()).isEqualTo("Address not mapped to object");
    assertThat(c.faultAddress()).isEqualTo("0x0");
    assertThat(c.buildId()).isEqualTo("1d4b8b8cd3a3e8dfef35ca7a8a0e2a8b9a0f2c11");
    assertThat(c.frames()).extracting(Frame::handler).containsExactly(true, true, false);
    assertThat(c.frames().get(0).file()).isEqualTo("mysys/stacktrace.cc");
    assertThat(c.status()).isEqualTo("NOT_KILLED");
    assertThat(c.connectionId()).isZero();
    assertThat(c.query()).isNull();
  }

  @Test
  void watchdogAbortCutByAnInterleavedFatal() {
    // semaphore-threshold1: [FATAL] line 45, header 46, last frame line 77, then thread 4's messages
    CrashReport c = Fixtures.all("generated/semaphore-threshold1-interleaved-truncated.error.log").crashes().get(0);
    assertThat(c.firstLine()).isEqualTo(46);
    assertThat(c.lastLine()).isEqualTo(77);
    assertThat(c.hangAbort()).isTrue();
    assertThat(c.hangLatch()).isEqualTo("dict_sys.latch");
    assertThat(c.fatalMessage()).startsWith("InnoDB: innodb_fatal_semaphore_wait_threshold was exceeded for dict_sys.latch.");
    assertThat(c.frames()).hasSize(12);
    assertThat(c.coreWritten()).isFalse();
  }
}
