package dev.mycrash.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycrash.errorlog.model.Analysis;
import dev.mycrash.errorlog.model.Assertion;
import dev.mycrash.errorlog.model.CrashReport;
import dev.mycrash.errorlog.model.Lifetime;
import dev.mycrash.symbols.Frame;
import java.util.List;

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
 * (+ source, lineNumbering, lines, bytesRead, bytesTotal, wrapper, lifetimesOmitted, crashesOmitted)
 * </pre>
 */
final class AnalyzeJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AnalyzeJson() {}

  static String render(Analysis a) {
    return render(a, List.of());
  }

  /** With {@code verdicts} (one per crash, or empty), each crash gets {@code knownBugs}: its signature and matches. */
  static String render(Analysis a, List<dev.mycrash.knownbugs.MatchResult> verdicts) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("source", a.source());
    root.put("scope", a.scope());
    ObjectNode server = root.putObject("server");
    server.put("product", a.product());
    server.put("version", a.version());
    ArrayNode lts = root.putArray("lifetimes");
    for (Lifetime l : a.lifetimes()) {
      lts.add(lifetime(l, a.crashes()));
    }
    ArrayNode crashes = root.putArray("crashes");
    for (int i = 0; i < a.crashes().size(); i++) {
      ObjectNode c = crash(a.crashes().get(i), lifetimeOf(a.crashes().get(i), a.lifetimes()));
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
    root.put("lineNumbering", a.lineNumbering());
    root.put("lines", a.lines());
    root.put("bytesRead", a.bytesRead());
    root.put("bytesTotal", a.bytesTotal());
    root.put("wrapper", a.wrapper());
    root.put("lifetimesOmitted", a.lifetimesOmitted());
    root.put("crashesOmitted", a.crashesOmitted());
    try {
      return MAPPER.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode lifetime(Lifetime l, List<CrashReport> crashes) {
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
    for (int i = 0; i < crashes.size(); i++) {
      if (l.crashLines().contains(crashes.get(i).firstLine())) {
        idx.add(i);
      }
    }
    return n;
  }

  private static Integer lifetimeOf(CrashReport c, List<Lifetime> lifetimes) {
    for (int i = 0; i < lifetimes.size(); i++) {
      if (lifetimes.get(i).crashLines().contains(c.firstLine())) {
        return i;
      }
    }
    return null;
  }

  private static ObjectNode crash(CrashReport c, Integer lifetime) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("firstLine", c.firstLine());
    n.put("lastLine", c.lastLine());
    n.put("time", c.time());
    n.put("signal", c.signal());
    n.put("signalName", c.signalName());
    n.put("exception", c.exception());
    n.put("signalCode", c.signalCode());
    n.put("faultAddress", c.faultAddress());
    n.put("program", c.program());
    n.put("product", c.product());
    n.put("version", c.version());
    n.put("buildId", c.buildId());
    n.put("sourceRevision", c.sourceRevision());
    n.set("assertion", assertion(c.assertion()));
    n.put("fatalMessage", c.fatalMessage());
    n.put("threadPointer", c.threadPointer());
    n.put("connectionId", c.connectionId());
    n.put("status", c.status());
    n.put("query", c.query());
    n.put("queryNote", c.queryNote());
    n.put("hangAbort", c.hangAbort());
    n.put("hangLatch", c.hangLatch());
    n.put("optimizerSwitch", c.optimizerSwitch());
    n.set("variables", MAPPER.valueToTree(c.variables()));
    n.put("stackBottom", c.stackBottom());
    ArrayNode frames = n.putArray("frames");
    for (Frame f : c.frames()) {
      frames.add(MAPPER.valueToTree(f));
    }
    n.put("coreWritten", c.coreWritten());
    n.put("workingDirectory", c.workingDirectory());
    n.put("corePattern", c.corePattern());
    n.set("resourceLimits", MAPPER.valueToTree(c.resourceLimits()));
    n.put("kernelVersion", c.kernelVersion());
    n.put("truncated", c.truncated());
    if (lifetime == null) {
      n.putNull("lifetime");
    } else {
      n.put("lifetime", lifetime);
    }
    return n;
  }

  private static ObjectNode assertion(Assertion a) {
    if (a == null) {
      return null;
    }
    ObjectNode n = MAPPER.createObjectNode();
    n.put("file", a.file());
    n.put("line", a.line());
    n.put("expression", a.expression());
    n.put("kind", a.kind());
    n.put("thread", a.thread());
    n.put("function", a.function());
    n.put("logLine", a.logLine());
    return n;
  }

  private static void putLong(ObjectNode n, String k, Long v) {
    if (v == null) {
      n.putNull(k);
    } else {
      n.put(k, v);
    }
  }
}
