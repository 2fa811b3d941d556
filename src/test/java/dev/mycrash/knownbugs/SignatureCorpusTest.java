package dev.mycrash.knownbugs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.triage.CrashRecord;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Signatures of the real crashes made on this machine kind, from the error log and from gdb's
 * crashing thread of the core. Expected values worked out by hand from the frames (see the
 * fixture files) and mariadb-qa's rules (survey section 3.1): frames below "signal handler
 * called", FRAMES_FILTER removed, `??` removed, arguments cut, first 4.
 */
class SignatureCorpusTest {
  private static final String UDF_TAIL =
      "Item_func_udf_int::val_int|Type_handler::Item_send_longlong|Protocol::send_result_set_row";
  private static final String POLL =
      "__GI___poll|handle_connections_sockets|mysqld_main";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "sig_segv;SIGSEGV|" + POLL + "|__libc_start_call_main;SIGSEGV||" + POLL,
        "sig_abrt;SIGABRT|" + POLL + "|__libc_start_call_main;SIGABRT||" + POLL,
        "sig_bus;SIGBUS|" + POLL + "|__libc_start_call_main;SIGBUS||" + POLL,
        "udf_segv;SIGSEGV|crash_segv|" + UDF_TAIL + ";SIGSEGV||crash_segv|" + UDF_TAIL,
        "udf_fpe;SIGFPE|crash_fpe|" + UDF_TAIL + ";SIGFPE||crash_fpe|" + UDF_TAIL,
        "udf_assert;must_be_nonzero != 0|SIGABRT|crash_assert|" + UDF_TAIL
            + ";SIGABRT|must_be_nonzero != 0|crash_assert|" + UDF_TAIL,
        "semaphore;SIGABRT|tpool::thread_pool_generic::timer_generic::execute|tpool::task::execute"
            + "|tpool::thread_pool_generic::worker_main|start_thread"
            + ";SIGABRT||tpool::thread_pool_generic::timer_generic::execute|tpool::task::execute"
            + "|tpool::thread_pool_generic::worker_main",
      })
  void errorLogAndGdbGiveTheSameSignature(String scenario, String uniqueId, String normalized)
      throws IOException {
    List<CrashRecord> crashes = Corpus.logCrashes(scenario + ".log");
    assertThat(crashes).hasSize(1);
    CrashFacts log = crashes.get(0).facts();
    Signature fromLog = Signatures.of(log);
    Signature fromGdb = Signatures.of(Corpus.gdbFacts(scenario + ".gdb.txt", log.assertionText()));

    assertThat(fromGdb.uniqueId()).isEqualTo(uniqueId);
    assertThat(fromLog.uniqueId()).isEqualTo(uniqueId);
    assertThat(fromGdb.normalized()).isEqualTo(normalized);
    assertThat(fromLog.normalized()).isEqualTo(normalized);
    assertThat(fromLog.hash()).isEqualTo(fromGdb.hash()).hasSize(16);
  }

  @Test
  void udfAbortLogMisnamesTheCallerOfAbortSoOnlyTheHashAgrees() throws IOException {
    // The server printed "udf/crash_udf.c:19(recurse)[0x7f8192e9824b]"; gdb names the same
    // address (#7 0x00007f8192e9824b) crash_abort: the return address after the noreturn call
    // to abort() lies past crash_abort's end. mariadb-qa (gdb) would say crash_abort.
    CrashFacts log = Corpus.logCrashes("udf_abort.log").get(0).facts();
    Signature fromLog = Signatures.of(log);
    Signature fromGdb = Signatures.of(Corpus.gdbFacts("udf_abort.gdb.txt", null));

    assertThat(fromGdb.uniqueId()).isEqualTo("SIGABRT|crash_abort|" + UDF_TAIL);
    assertThat(fromLog.uniqueId()).isEqualTo("SIGABRT|recurse|" + UDF_TAIL);
    assertThat(fromLog.explanation())
        .anyMatch(n -> n.contains("kept #6 recurse although it called abort()"));
    assertThat(fromLog.normalized())
        .isEqualTo(fromGdb.normalized())
        .isEqualTo("SIGABRT||" + UDF_TAIL + "|select_send::send_data");
    assertThat(fromLog.hash()).isEqualTo(fromGdb.hash());
  }

  @Test
  void stackOverflowHasNoCrashReportInTheLogButGdbGivesASignature() throws IOException {
    assertThat(Corpus.logCrashes("udf_stack.log")).isEmpty();
    Signature s = Signatures.of(Corpus.gdbFacts("udf_stack.gdb.txt", null));
    assertThat(s.uniqueId()).isEqualTo("SIGSEGV|recurse|recurse|recurse|recurse");
    assertThat(s.explanation()).first().asString().startsWith("no signal-handler frame");
  }

  @Test
  void withoutLibcDebugSymbolsTheSignatureIsUnchanged() throws IOException {
    CrashFacts log = Corpus.logCrashes("udf_assert.without-libc6-dbg.log").get(0).facts();
    Signature s = Signatures.of(log);
    assertThat(s.uniqueId()).isEqualTo("must_be_nonzero != 0|SIGABRT|crash_assert|" + UDF_TAIL);
    Signature g = Signatures.of(Corpus.gdbFacts("udf_assert.without-libc6-dbg.gdb.txt", log.assertionText()));
    assertThat(g.uniqueId()).isEqualTo(s.uniqueId());
    assertThat(g.hash()).isEqualTo(s.hash());
  }

  @Test
  void explanationSaysWhatWasSkippedAndWhereTheWalkStopped() {
    Signature s = Signatures.of(Corpus.logCrashes("udf_segv.log").get(0).facts());
    assertThat(s.explanation())
        .contains(
            "skipped #0 my_print_stacktrace: signal handler (handler-frames.txt)",
            "skipped #1 handle_fatal_signal: signal handler (handler-frames.txt)",
            "skipped #2 __restore_rt: signal handler (handler-frames.txt)",
            "walk stopped after #6 Protocol::send_result_set_row: 4 frames kept");
  }
}
