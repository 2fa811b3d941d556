package dev.mycrash.knownbugs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchReportTest {
  @Test
  void showsSignatureHashAndVerdictForTheRealUdfSegvCrash() {
    var c = Corpus.logCrashes("udf_segv.log").get(0);
    MatchResult r = new KnownBugMatcher(new KnownBugDatabase(List.of()), null).match(c.facts(), c.version());
    List<String> lines = MatchReport.lines(r, false);
    assertThat(lines).containsExactly(
        "Signature:  SIGSEGV|crash_segv|Item_func_udf_int::val_int|Type_handler::Item_send_longlong|Protocol::send_result_set_row",
        "Hash:       " + r.signature().hash(),
        "Known bugs: new: matches no known bug");
    assertThat(MatchReport.lines(r, true)).contains("  skipped #1 handle_fatal_signal: signal handler (handler-frames.txt)");
    assertThat(MatchReport.json(r).get("verdict").asText()).isEqualTo("new");
  }
}
