package dev.mycrash.triage;

import dev.mycrash.BadInputException;
import dev.mycrash.errorlog.ErrorLogAnalyzer;
import dev.mycrash.errorlog.model.Analysis;
import dev.mycrash.errorlog.model.Assertion;
import dev.mycrash.errorlog.model.CrashReport;
import dev.mycrash.errorlog.read.LogInput;
import dev.mycrash.knownbugs.CrashFacts;
import dev.mycrash.semaphore.LatchSummary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The error-log engine ({@link ErrorLogAnalyzer}, scope "all") as a triage {@link CrashSource}:
 * every crash report of the log becomes a {@link CrashRecord}; long semaphore waits in a log
 * without a crash report become one record of kind hang ({@link HangVerdicts}). An empty input, or
 * one that is not text, has no crashes.
 */
public final class EngineCrashSource implements CrashSource {
  /** Logs up to this size are read whole and parsed with chunk buffers of their size. */
  static final int SMALL_LOG = 256 * 1024;

  @Override
  public List<CrashRecord> read(String name, InputStream raw) throws IOException {
    byte[] head = raw.readNBytes(SMALL_LOG);
    if (head.length == 0) {
      return List.of();
    }
    boolean whole = head.length < SMALL_LOG;
    InputStream in = whole ? new ByteArrayInputStream(head) : new SequenceInputStream(new ByteArrayInputStream(head), raw);
    // a CI log is a few KB: 1 MiB chunk buffers per log would cost more than reading it
    ErrorLogAnalyzer.Options o = whole ? ErrorLogAnalyzer.Options.sized(true, head.length) : ErrorLogAnalyzer.Options.of(true);
    LogInput log;
    try {
      log = LogInput.ofStream(name, in);
    } catch (BadInputException e) {
      // not text (MariaDB's binary tc.log / ddl_recovery.log in a copied datadir): no crash in it
      return List.of();
    }
    Analysis a = ErrorLogAnalyzer.analyze(log, o);
    List<CrashRecord> out = new ArrayList<>();
    for (int i = 0; i < a.crashes().size(); i++) {
      CrashReport c = a.crashes().get(i);
      boolean last = i == a.crashes().size() - 1;
      out.add(new CrashRecord(name, Math.max(1, c.firstLine()), c.version() != null ? c.version() : a.version(),
          c.product(), c.time(), whole ? facts(c, a, CrashSection.of(head, c)) : facts(c, a, last)));
    }
    CrashFacts hang = a.crashes().isEmpty() ? HangVerdicts.facts(a) : null;
    if (hang != null) {
      out.add(hangRecord(name, a, hang));
    }
    return out;
  }

  /** Long semaphore waits in a log without a crash report: a record of kind hang. */
  private static CrashRecord hangRecord(String name, Analysis a, CrashFacts hang) {
    LatchSummary first = HangVerdicts.untied(a).stream()
        .filter(l -> l.firstLine() > 0)
        .min(java.util.Comparator.comparingLong(LatchSummary::firstLine)).orElse(null);
    return new CrashRecord(name, first == null ? 1 : first.firstLine(), a.version(), a.product(),
        first == null ? null : first.firstTime(), hang);
  }

  /** The engine's crash report in the terms signatures and matchers use; only the last crash has its block text. */
  public static CrashFacts facts(CrashReport c, Analysis a, boolean last) {
    StringBuilder raw = new StringBuilder();
    if (last) {
      a.lastCrashRaw().forEach(l -> raw.append(l.text()).append('\n'));
    }
    return facts(c, a, raw.toString());
  }

  /** As above, with {@code section} as the crash's text as logged. */
  static CrashFacts facts(CrashReport c, Analysis a, String section) {
    Assertion as = c.assertion();
    String at = as == null || as.file() == null ? null
        : as.file().substring(as.file().lastIndexOf('/') + 1) + (as.line() == null ? "" : ":" + as.line());
    StringBuilder text = new StringBuilder();
    if (c.fatalMessage() != null) {
      text.append(c.fatalMessage()).append('\n');
    }
    if (as != null && as.expression() != null) {
      text.append("Assertion failure: ").append(at == null ? "" : at + " ").append(as.expression()).append('\n');
    }
    text.append(section);
    List<String> latches = new ArrayList<>();
    if (c.hangLatch() != null) {
      latches.add(c.hangLatch());
    }
    for (LatchSummary l : a.semaphoreWaits().latches()) {
      if (l.name() != null && !latches.contains(l.name())) {
        latches.add(l.name());
      }
    }
    return new CrashFacts(c.signal(), as == null ? null : as.expression(), at, c.frames(), text.toString(), latches);
  }
}
