package dev.mycrash.knownbugs;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How analyze and collect show a crash's signature and matches, in text and JSON:
 *
 * <pre>
 * Signature:  SIGSEGV|crash_segv|Item_func_udf_int::val_int|Type_handler::Item_send_longlong|...
 * Hash:       3f24c9f1b24287f8
 * Known bugs: new: matches no known bug
 * </pre>
 */
public final class MatchReport {
  private MatchReport() {}

  /** The text lines; with {@code explain}, also every note of the signature walk. */
  public static List<String> lines(MatchResult r, boolean explain) {
    List<String> out = new ArrayList<>();
    out.add("Signature:  " + r.signature().uniqueId());
    out.add("Hash:       " + r.signature().hash());
    out.add("Known bugs: " + r.summary());
    for (Match m : r.matches()) {
      out.add("  - " + m.bugId() + " (" + m.kind().name().toLowerCase(Locale.ROOT) + "): " + m.message()
          + (m.url() == null ? "" : " " + m.url()));
    }
    if (explain) {
      r.signature().explanation().forEach(n -> out.add("  " + n));
    }
    return out;
  }

  /** {"uniqueId","hash","normalized","verdict","summary","matches":[...],"explanation":[...]} */
  public static ObjectNode json(MatchResult r) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    Signature s = r.signature();
    n.put("uniqueId", s.uniqueId());
    n.put("hash", s.hash());
    n.put("normalized", s.normalized());
    n.put("verdict", r.verdict().word());
    n.put("summary", r.summary());
    var ms = n.putArray("matches");
    for (Match m : r.matches()) {
      ObjectNode mn = ms.addObject();
      mn.put("bug", m.bugId());
      mn.put("kind", m.kind().name().toLowerCase(Locale.ROOT));
      mn.put("score", m.score());
      mn.put("verdict", m.verdict().word());
      mn.put("message", m.message());
      mn.put("title", m.title());
      mn.put("url", m.url());
    }
    s.explanation().forEach(n.putArray("explanation")::add);
    return n;
  }
}
