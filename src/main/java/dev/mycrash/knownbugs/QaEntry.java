package dev.mycrash.knownbugs;

import java.util.List;
import java.util.Locale;

/**
 * One active line of a mariadb-qa {@code known_bugs.strings} file:
 *
 * <pre>
 * must_be_nonzero != 0|SIGABRT|crash_assert|Item_func_udf_int::val_int|...     ## MDEV-12345
 * </pre>
 *
 * @param lineNumber 1-based line in the file
 * @param line the line as written (mariadb-qa matches against the whole line)
 * @param uniqueId the part before {@code ##}, trimmed
 * @param bug the part after {@code ##}, trimmed (an id such as MDEV-12345, or free text), or ""
 */
public record QaEntry(long lineNumber, String line, String uniqueId, String bug) {
  public QaEntry {
    if (line == null || uniqueId == null || bug == null) {
      throw new IllegalArgumentException("line, uniqueId and bug are required");
    }
  }

  /** The parts fuzzy matching compares, split once. */
  record Parts(QaEntry entry, String signal, String assertion, List<String> framesLower) {
    static Parts of(QaEntry e) {
      String sig = e.signal();
      int at = sig == null ? -1 : e.uniqueId().indexOf("|" + sig);
      return new Parts(e, sig, at <= 0 ? null : e.uniqueId().substring(0, at), e.framesLower());
    }
  }

  /** The first MDEV-/MENT-/... id in the bug text, or the text itself. */
  public String bugId() {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Z]+-\\d+").matcher(bug);
    return m.find() ? m.group() : bug.isEmpty() ? "line " + lineNumber : bug;
  }

  /** The frames of the UniqueID: the parts after its SIGxxx part, lower-cased for comparison. */
  List<String> framesLower() {
    String[] parts = uniqueId.split("\\|");
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].matches("SIG[A-Z]+")) {
        return List.of(parts).subList(i + 1, parts.length).stream()
            .map(s -> s.toLowerCase(Locale.ROOT)).toList();
      }
    }
    return List.of();
  }

  /** The SIGxxx part, or null (typed log-only keys have none). */
  String signal() {
    for (String p : uniqueId.split("\\|")) {
      if (p.matches("SIG[A-Z]+")) {
        return p;
      }
    }
    return null;
  }
}
