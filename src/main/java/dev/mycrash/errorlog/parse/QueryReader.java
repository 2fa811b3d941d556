package dev.mycrash.errorlog.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the crashing query, which the server prints verbatim and may span lines:
 *
 * <pre>
 * Query (0x772264010e40): SELECT id, v, crash_segv() FROM t1 WHERE id = 1
 * thd->query at 0xf9b1670 = CHECK TABLE `rates`  FOR UPGRADE
 * Query (6060004f4748): is an invalid pointer
 * </pre>
 *
 * The query goes on until a line that starts another field of the report; trailing blank lines
 * are dropped.
 */
final class QueryReader {
  static final int MAX_CHARS = 64 * 1024;
  private static final Pattern START = Pattern.compile("^(?:Query \\(\\S*\\): ?|thd->query at \\S+ = ?|Query: ?)(.*)$");
  private static final String[] ENDS = {
    "Connection ID", "Status:", "Optimizer switch:", "The manual page", "Writing a core file", "thd->thread_id",
    "thd->killed", "You may download", "We think the query pointer", "Trying to get some variables",
    "information that should", "Please read", "Fatal signal", "Working directory", "Resource Limits", "Core pattern:",
  };

  private StringBuilder query;
  private String note;
  private boolean reading;

  /** True when the line belongs to the query (starts it or continues it). */
  boolean accept(String line) {
    Matcher m = query == null && note == null && (line.startsWith("Query") || line.startsWith("thd->query"))
        ? START.matcher(line) : null;
    if (m != null && m.matches()) {
      String first = m.group(1);
      if (first.equals("is an invalid pointer") || first.equals("(null)")) {
        note = first;
        return true;
      }
      query = new StringBuilder(first);
      reading = true;
      return true;
    }
    if (!reading) {
      return false;
    }
    for (String e : ENDS) {
      if (line.startsWith(e)) {
        reading = false;
        return false;
      }
    }
    if (query.length() < MAX_CHARS) {
      query.append('\n').append(line);
    }
    return true;
  }

  String query() {
    if (query == null) {
      return null;
    }
    String q = query.toString().stripTrailing();
    return q.isEmpty() ? null : q.length() > MAX_CHARS ? q.substring(0, MAX_CHARS) : q;
  }

  String note() {
    return note;
  }
}
