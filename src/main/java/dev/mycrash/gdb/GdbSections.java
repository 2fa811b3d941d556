package dev.mycrash.gdb;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes each section of gdb's output to its file and says how complete it is. */
final class GdbSections {
  private GdbSections() {}

  static Map<String, GdbRun.SectionState> write(
      GdbScript script, String stdout, boolean killed, Path dir, Map<String, Path> files) {
    Map<String, String> parts = GdbOutputSplitter.split(stdout);
    String preamble = parts.getOrDefault("preamble", "");
    List<String> seen = parts.keySet().stream().filter(k -> !k.equals("preamble")).toList();
    String last = seen.isEmpty() ? null : seen.get(seen.size() - 1);
    Map<String, GdbRun.SectionState> states = new LinkedHashMap<>();
    for (GdbSection s : script.sections()) {
      String body = parts.get(s.name());
      if (body == null) {
        states.put(s.name(), GdbRun.SectionState.MISSING);
        continue;
      }
      String text = (s.withPreamble() && !preamble.isEmpty() ? preamble + "\n" : "") + body;
      if (killed && s.name().equals(last)) {
        text += "\n[mycrash: gdb was killed at the timeout; this output is incomplete]\n";
      }
      files.put(s.fileName(), GdbRunner.write(dir, s.fileName(), text));
      states.put(s.name(), state(body, killed && s.name().equals(last)));
    }
    return states;
  }

  private static GdbRun.SectionState state(String body, boolean cut) {
    if (cut) {
      return GdbRun.SectionState.PARTIAL;
    }
    return body.isEmpty() ? GdbRun.SectionState.EMPTY : GdbRun.SectionState.COMPLETE;
  }
}
