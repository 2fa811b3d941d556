package dev.mycrash.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycrash.errorlog.model.Assertion;
import dev.mycrash.errorlog.model.CrashReport;
import dev.mycrash.symbols.Frame;

/** One element of {@code crashes[]} in {@code analyze --json}; the names are listed in {@link AnalyzeJson}. */
final class CrashJson {
  private CrashJson() {}

  /** The crash's object; {@code lifetime} is the index of its lifetime, or null. */
  static ObjectNode of(ObjectMapper mapper, CrashReport c, Integer lifetime) {
    ObjectNode n = mapper.createObjectNode();
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
    n.set("assertion", assertion(mapper, c.assertion()));
    n.put("fatalMessage", c.fatalMessage());
    n.put("threadPointer", c.threadPointer());
    n.put("connectionId", c.connectionId());
    n.put("status", c.status());
    n.put("query", c.query());
    n.put("queryNote", c.queryNote());
    n.put("hangAbort", c.hangAbort());
    n.put("hangLatch", c.hangLatch());
    n.put("optimizerSwitch", c.optimizerSwitch());
    n.set("variables", mapper.valueToTree(c.variables()));
    n.put("stackBottom", c.stackBottom());
    ArrayNode frames = n.putArray("frames");
    for (Frame f : c.frames()) {
      frames.add(mapper.valueToTree(f));
    }
    n.put("coreWritten", c.coreWritten());
    n.put("workingDirectory", c.workingDirectory());
    n.put("corePattern", c.corePattern());
    n.set("resourceLimits", mapper.valueToTree(c.resourceLimits()));
    n.put("kernelVersion", c.kernelVersion());
    n.put("truncated", c.truncated());
    if (lifetime == null) {
      n.putNull("lifetime");
    } else {
      n.put("lifetime", lifetime);
    }
    return n;
  }

  private static ObjectNode assertion(ObjectMapper mapper, Assertion a) {
    if (a == null) {
      return null;
    }
    ObjectNode n = mapper.createObjectNode();
    n.put("file", a.file());
    n.put("line", a.line());
    n.put("expression", a.expression());
    n.put("kind", a.kind());
    n.put("thread", a.thread());
    n.put("function", a.function());
    n.put("logLine", a.logLine());
    return n;
  }
}
