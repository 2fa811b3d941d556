package dev.mycrash.triage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mycrash.knownbugs.MatchReport;
import dev.mycrash.knownbugs.Signature;
import java.io.PrintStream;

/**
 * The machine-readable triage report ({@code --json}): {@code {"files":..,"crashes":..,"hangs":..,
 * "groups":[{"verdict":"new","count":3,"kind":"crash","uniqueId":..,"hash":..,"normalized":..,
 * "summary":..,"matches":[..],"examples":[..],"versions":[..],"explanation":[..]}]}}. A group of
 * kind "hang" is long semaphore waits in logs without a crash report ({@code HANG|latch|...}).
 */
final class JsonReport {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  static void print(TriageReport r, Registry registry, PrintStream out) {
    ObjectNode root = JSON.createObjectNode();
    root.put("files", r.files());
    root.put("crashes", r.crashes());
    root.put("hangs", r.hangs());
    root.put("needsAttention", r.needsAttention());
    ArrayNode groups = root.putArray("groups");
    for (CrashGroup g : r.groups()) {
      Signature s = g.result().signature();
      ObjectNode n = groups.addObject();
      n.put("count", g.count());
      n.put("kind", s.hang() ? "hang" : "crash");
      n.setAll(MatchReport.json(g.result()));
      g.examples().forEach(n.putArray("examples")::add);
      g.versions().forEach(n.putArray("versions")::add);
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
