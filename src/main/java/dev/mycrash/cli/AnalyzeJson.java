package dev.mycrash.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycrash.errorlog.model.Analysis;
import dev.mycrash.errorlog.model.Lifetime;
import dev.mycrash.knownbugs.MatchResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code analyze --json} object. These names are a contract (more fields may be added, none
 * renamed); line numbers are 1-based lines of the input unless {@code lineNumbering} is
 * "from-end" (then -1 is the last line):
 *
 * <pre>
 * scope                 "last" (default: the last crash, its lifetime and the lifetimes after it) | "all"
 * server.product        "MySQL" | "Percona Server" | "PXC" | "MariaDB" | null
 * server.version        e.g. "10.11.19-MariaDB-0+deb12u1"
 * lifetimes[]           oldest first: startLine, readyLine, version, end, endLine, pid ("as process N", or null)
 *                       (+ startKind, comment, recoveryLine, program, started (the start line's stamp as printed),
 *                       crashes[] = indexes into crashes)
 *   end                 "crash" | "clean-shutdown" | "unclean-no-report" | "running" | "unknown"
 * crashes[]             oldest first: firstLine (the "got signal" header), lastLine, time (as printed),
 *                       signal, signalName, product, version, buildId,
 *                       assertion {file, line, expression (+ kind, thread, function, logLine)} | null,
 *                       connectionId, status, query, hangAbort,
 *                       frames[] {raw, module, symbol, function, offset, address, file, line, handler}
 *                       (+ exception, signalCode, faultAddress, program, sourceRevision, fatalMessage, hangLatch, threadPointer,
 *                       queryNote, optimizerSwitch, variables, stackBottom, coreWritten,
 *                       workingDirectory, corePattern, resourceLimits, kernelVersion, truncated, lifetime,
 *                       knownBugs {uniqueId, hash, normalized, verdict, summary, matches[], explanation[]})
 * lastCrash             index of the last crash in crashes[], or null
 * semaphoreWaits        {reports, maxSeconds, watchdogAbort, latches[] {kind, name, createdAt, waits,
 *                       maxSeconds, waitedAt[], holderThreads[]}, blockers[]}
 * hangVerdict           the knownBugs object of the semaphore waits that no crash report follows, or null
 * (+ source, lineNumbering, lines, bytesRead, bytesTotal, wrapper, lifetimesOmitted, crashesOmitted)
 * </pre>
 */
final class AnalyzeJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AnalyzeJson() {}

  /** Without known-bug verdicts: no {@code knownBugs}, no {@code hangVerdict} (not null: not looked at). */
  static String render(Analysis a) {
    return string(tree(a, List.of(), null, false));
  }

  /**
   * With {@code verdicts} (one per crash, or empty), each crash gets {@code knownBugs}: its
   * signature and matches; {@code hang} (or null) is the verdict of the semaphore waits no crash
   * report follows.
   */
  static String render(Analysis a, List<MatchResult> verdicts, MatchResult hang) {
    return string(tree(a, verdicts, hang, true));
  }

  /**
   * {@link #render(Analysis, List, MatchResult)} written (UTF-8) with a line end to {@code out},
   * which stays open: a large report is never held as one string.
   */
  static void write(Analysis a, List<MatchResult> verdicts, MatchResult hang, java.io.PrintStream out) {
    try {
      MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .writeValue(out, tree(a, verdicts, hang, true));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    out.println();
    out.flush();
  }

  private static String string(ObjectNode root) {
    try {
      return MAPPER.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode tree(Analysis a, List<MatchResult> verdicts, MatchResult hang, boolean matched) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("source", a.source());
    root.put("scope", a.scope());
    ObjectNode server = root.putObject("server");
    server.put("product", a.product());
    server.put("version", a.version());
    Map<Long, Integer> crashAt = new HashMap<>(); // first line -> crash index
    for (int i = 0; i < a.crashes().size(); i++) {
      crashAt.putIfAbsent(a.crashes().get(i).firstLine(), i);
    }
    Map<Long, Integer> lifetimeOf = new HashMap<>(); // a crash's first line -> lifetime index
    ArrayNode lts = root.putArray("lifetimes");
    for (int i = 0; i < a.lifetimes().size(); i++) {
      Lifetime l = a.lifetimes().get(i);
      lts.add(lifetime(l, crashAt));
      for (Long line : l.crashLines()) {
        lifetimeOf.putIfAbsent(line, i);
      }
    }
    ArrayNode crashes = root.putArray("crashes");
    for (int i = 0; i < a.crashes().size(); i++) {
      ObjectNode c = CrashJson.of(MAPPER, a.crashes().get(i), lifetimeOf.get(a.crashes().get(i).firstLine()));
      if (i < verdicts.size()) {
        c.set("knownBugs", dev.mycrash.knownbugs.MatchReport.json(verdicts.get(i)));
      }
      crashes.add(c);
    }
    if (a.lastCrash() == null) {
      root.putNull("lastCrash");
    } else {
      root.put("lastCrash", a.lastCrash());
    }
    root.set("semaphoreWaits", MAPPER.valueToTree(a.semaphoreWaits()));
    if (matched) {
      root.set("hangVerdict", hang == null ? null : dev.mycrash.knownbugs.MatchReport.json(hang));
    }
    root.put("lineNumbering", a.lineNumbering());
    root.put("lines", a.lines());
    root.put("bytesRead", a.bytesRead());
    root.put("bytesTotal", a.bytesTotal());
    root.put("wrapper", a.wrapper());
    root.put("lifetimesOmitted", a.lifetimesOmitted());
    root.put("crashesOmitted", a.crashesOmitted());
    return root;
  }

  private static ObjectNode lifetime(Lifetime l, Map<Long, Integer> crashAt) {
    ObjectNode n = MAPPER.createObjectNode();
    putLong(n, "startLine", l.startLine());
    n.put("startKind", l.startKind());
    putLong(n, "readyLine", l.readyLine());
    n.put("version", l.version());
    n.put("comment", l.comment());
    n.put("end", l.end());
    putLong(n, "endLine", l.endLine());
    putLong(n, "recoveryLine", l.recoveryLine());
    putLong(n, "pid", l.pid());
    n.put("program", l.program());
    n.put("started", l.started());
    ArrayNode idx = n.putArray("crashes");
    l.crashLines().stream().map(crashAt::get).filter(java.util.Objects::nonNull).sorted().forEach(idx::add);
    return n;
  }

  static void putLong(ObjectNode n, String k, Long v) {
    if (v == null) {
      n.putNull(k);
    } else {
      n.put(k, v);
    }
  }
}
