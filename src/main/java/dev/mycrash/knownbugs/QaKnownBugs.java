package dev.mycrash.knownbugs;

import dev.mycrash.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A mariadb-qa {@code known_bugs.strings} list, with mariadb-qa's semantics: lines starting
 * with {@code #} (after blanks) are inactive and ignored; a crash is known when its UniqueID is
 * a case-insensitive fixed substring of an active line ({@code grep -Fi UID | grep -v '^#'}).
 * A list with git merge-conflict markers is rejected, as mariadb-qa's pquery-clean-known.sh does.
 */
public final class QaKnownBugs {
  private final List<QaEntry> entries;
  private final String[] lower;
  private final int inactive;

  private QaKnownBugs(List<QaEntry> entries, int inactive) {
    this.entries = List.copyOf(entries);
    this.inactive = inactive;
    this.lower = entries.stream().map(e -> e.line().toLowerCase(Locale.ROOT)).toArray(String[]::new);
  }

  /** Reads {@code file}; BadInputException for an unreadable file or merge-conflict markers. */
  public static QaKnownBugs read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw BadInputException.of(file, "cannot read: " + e.getMessage());
    }
    return parse(file.toString(), lines);
  }

  /** Parses the lines of a list called {@code name}. */
  public static QaKnownBugs parse(String name, List<String> lines) {
    List<QaEntry> out = new ArrayList<>();
    int inactive = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String t = line.strip();
      if (t.startsWith("<<<<<<<") || t.startsWith(">>>>>>>") || t.equals("=======")) {
        throw BadInputException.of(name, "line " + (i + 1) + ": git merge-conflict marker");
      }
      if (t.isEmpty()) {
        continue;
      }
      if (t.startsWith("#")) {
        inactive++;
        continue;
      }
      int hash = line.indexOf("##");
      String uid = (hash < 0 ? line : line.substring(0, hash)).strip();
      String bug = hash < 0 ? "" : line.substring(hash + 2).strip();
      out.add(new QaEntry(i + 1, line, uid, bug));
    }
    return new QaKnownBugs(out, inactive);
  }

  public List<QaEntry> entries() {
    return entries;
  }

  /** Lines that were commented out (fixed or retired bugs). */
  public int inactive() {
    return inactive;
  }

  /** The active entries whose line contains {@code uniqueId}, ignoring case; none for a blank id. */
  public List<QaEntry> containing(String uniqueId) {
    if (uniqueId == null || uniqueId.isBlank()) {
      return List.of();
    }
    String u = uniqueId.toLowerCase(Locale.ROOT);
    List<QaEntry> out = new ArrayList<>(1);
    for (int i = 0; i < lower.length; i++) {
      if (lower[i].contains(u)) {
        out.add(entries.get(i));
      }
    }
    return out;
  }
}
