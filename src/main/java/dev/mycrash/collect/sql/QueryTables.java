package dev.mycrash.collect.sql;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables a crashing query names, for {@code SHOW CREATE TABLE}. Not a SQL parser: it reads
 * the identifiers after {@code FROM}, {@code JOIN}, {@code UPDATE}, {@code INTO} and {@code TABLE}
 * (comma lists after FROM included), with or without backquotes and schema, e.g.
 * {@code SELECT id, v, crash_segv() FROM t1 WHERE id = 1} → {@code t1}.
 */
public final class QueryTables {
  private static final String ID = "(?:`[^`]+`|[A-Za-z0-9_$]+)";
  private static final Pattern AFTER = Pattern.compile(
      "\\b(?:FROM|JOIN|UPDATE|INTO|TABLE)\\s+(" + ID + "(?:\\s*\\.\\s*" + ID + ")?(?:\\s*(?:AS\\s+)?" + ID + ")?(?:\\s*,\\s*" + ID
          + "(?:\\s*\\.\\s*" + ID + ")?(?:\\s*(?:AS\\s+)?" + ID + ")?)*)",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> KEYWORDS = Set.of("select", "where", "set", "values", "value", "on", "using", "group", "order",
      "limit", "having", "join", "left", "right", "inner", "outer", "straight_join", "lateral", "dual", "ignore", "if", "not", "exists");

  private QueryTables() {}

  /** Tables as {@code [schema.]name}, without backquotes, in order of appearance. */
  public static List<String> of(String query) {
    Set<String> out = new LinkedHashSet<>();
    if (query == null) {
      return List.of();
    }
    Matcher m = AFTER.matcher(query);
    while (m.find()) {
      for (String part : m.group(1).split(",")) {
        String t = part.strip().split("\\s+")[0].replace("`", "").replaceAll("\\s", "");
        if (!t.isEmpty() && !KEYWORDS.contains(t.toLowerCase(java.util.Locale.ROOT)) && !t.startsWith("(")) {
          out.add(t);
        }
      }
    }
    return List.copyOf(out);
  }
}
