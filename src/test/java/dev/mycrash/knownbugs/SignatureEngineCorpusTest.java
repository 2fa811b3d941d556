package dev.mycrash.knownbugs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.gdb.GdbBacktrace;
import dev.mycrash.gdb.GdbBacktraceParser;
import dev.mycrash.triage.CrashRecord;
import dev.mycrash.triage.EngineCrashSource;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same crash, the same signature, through the project's real parsers: the error-log engine's
 * crash frames versus the elfgdb parser's crashing thread, for every crash of the generated-here
 * corpus that has both (udf_stack has no crash report in its log, see SignatureCorpusTest).
 * UniqueIDs as worked out by hand in SignatureCorpusTest.
 */
class SignatureEngineCorpusTest {
  private static final String UDF_TAIL =
      "Item_func_udf_int::val_int|Type_handler::Item_send_longlong|Protocol::send_result_set_row";
  private static final String POLL = "__GI___poll|handle_connections_sockets|mysqld_main|__libc_start_call_main";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "sig_segv;SIGSEGV|" + POLL + ";SIGSEGV|" + POLL,
        "sig_abrt;SIGABRT|" + POLL + ";SIGABRT|" + POLL,
        "sig_bus;SIGBUS|" + POLL + ";SIGBUS|" + POLL,
        "udf_segv;SIGSEGV|crash_segv|" + UDF_TAIL + ";SIGSEGV|crash_segv|" + UDF_TAIL,
        "udf_fpe;SIGFPE|crash_fpe|" + UDF_TAIL + ";SIGFPE|crash_fpe|" + UDF_TAIL,
        "udf_assert;must_be_nonzero != 0|SIGABRT|crash_assert|" + UDF_TAIL + ";must_be_nonzero != 0|SIGABRT|crash_assert|" + UDF_TAIL,
        // the log names the caller of abort() by the next function in memory (see the rules README)
        "udf_abort;SIGABRT|recurse|" + UDF_TAIL + ";SIGABRT|crash_abort|" + UDF_TAIL,
        "semaphore;SIGABRT|tpool::thread_pool_generic::timer_generic::execute|tpool::task::execute|tpool::thread_pool_generic::worker_main|start_thread"
            + ";SIGABRT|tpool::thread_pool_generic::timer_generic::execute|tpool::task::execute|tpool::thread_pool_generic::worker_main|start_thread",
      })
  void engineLogFramesAndGdbCrashingThreadGiveTheSameSignature(String scenario, String logUid, String gdbUid)
      throws Exception {
    List<CrashRecord> crashes;
    try (InputStream in = getClass().getResourceAsStream(Corpus.DIR + scenario + ".log")) {
      crashes = new EngineCrashSource().read(scenario + ".log", in);
    }
    assertThat(crashes).hasSize(1);
    CrashFacts log = crashes.get(0).facts();
    GdbBacktrace bt = GdbBacktraceParser.parse(Files.readString(Corpus.path(scenario + ".gdb.txt")));
    CrashFacts gdb = new CrashFacts(bt.signalNumber(), log.assertionText(), bt.crashingThread().orElseThrow().frames());

    Signature fromLog = Signatures.of(log);
    Signature fromGdb = Signatures.of(gdb);
    assertThat(fromLog.uniqueId()).isEqualTo(logUid);
    assertThat(fromGdb.uniqueId()).isEqualTo(gdbUid);
    assertThat(fromLog.hash()).isEqualTo(fromGdb.hash());
    assertThat(fromLog.normalized()).isEqualTo(fromGdb.normalized());
  }
}
