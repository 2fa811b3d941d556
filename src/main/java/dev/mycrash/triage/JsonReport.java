package dev.mycrash.triage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycrash.knownbugs.Match;
import dev.mycrash.knownbugs.Signature;
import java.io.PrintStream;
import java.util.Locale;

/**
 * The machine-readable triage report ({@code --json}): {@code {"files":..,"crashes":..,
 * "groups":[{"verdict":"new","count":3,"uniqueId":..,"hash":..,"normalized":..,"summary":..,
 * "matches":[..],"examples":[..],"versions":[..],"explanation":[..]}]}}.
 */
final class JsonReport {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  static void print(TriageReport r, Registry registry, PrintStream out) {
    ObjectNode root = JSON.createObjectNode();
    root.put("files", r.files());
    root.put("crashes", r.crashes());
    root.put("needsAttention", r.needsAttention());
    ArrayNode groups = root.putArray("groups");
    for (CrashGroup g : r.groups()) {
      Signature s = g.result().signature();
      ObjectNode n = groups.addObject();
      n.put("verdict", g.result().verdict().word());
      n.put("count", g.count());
      n.put("uniqueId", s.uniqueId());
      n.put("hash", s.hash());
      n.put("normalized", s.normalized());
      n.put("summary", g.result().summary());
      ArrayNode ms = n.putArray("matches");
      for (Match m : g.result().matches()) {
        ObjectNode mn = ms.addObject();
        mn.put("bug", m.bugId());
        mn.put("kind", m.kind().name().toLowerCase(Locale.ROOT));
        mn.put("score", m.score());
        mn.put("verdict", m.verdict().word());
        mn.put("message", m.message());
        mn.put("title", m.title());
        mn.put("url", m.url());
      }
      g.examples().forEach(n.putArray("examples")::add);
      g.versions().forEach(n.putArray("versions")::add);
      s.explanation().forEach(n.putArray("explanation")::add);
      if (registry != null) {
        Registry.Entry e = registry.get(s.hash());
        n.put("firstSeen", e.firstSeen());
        n.put("lastSeen", e.lastSeen());
        n.put("seenInAllRuns", e.count());
      }
    }
    out.println(root.toPrettyString());
  }
}
