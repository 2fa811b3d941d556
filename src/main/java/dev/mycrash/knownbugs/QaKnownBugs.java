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
  private final List<QaEntry.Parts> parts;
  /** Line indexes by each '|'-bounded segment: a UniqueID's inner parts must be among them. */
  private final java.util.Map<String, List<Integer>> inner = new java.util.HashMap<>();
  /** Line indexes by each frame of their UniqueID, for fuzzy candidates. */
  private final java.util.Map<String, java.util.Set<Integer>> byFrame = new java.util.HashMap<>();

  private QaKnownBugs(List<QaEntry> entries, int inactive) {
    this.entries = List.copyOf(entries);
    this.parts = entries.stream().map(QaEntry.Parts::of).toList();
    this.lower = entries.stream().map(e -> e.line().toLowerCase(Locale.ROOT)).toArray(String[]::new);
    for (int i = 0; i < lower.length; i++) {
      String[] seg = lower[i].split("\\|", -1);
      for (int k = 1; k < seg.length - 1; k++) {
        inner.computeIfAbsent(seg[k], x -> new ArrayList<>()).add(i);
      }
      for (String f : parts.get(i).framesLower()) {
        byFrame.computeIfAbsent(f, x -> new java.util.LinkedHashSet<>()).add(i);
      }
    }
    this.inactive = inactive;
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

  /** Signal, assertion and frames of every entry, for fuzzy matching. */
  List<QaEntry.Parts> parts() {
    return parts;
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
    String[] seg = u.split("\\|", -1);
    List<QaEntry> out = new ArrayList<>(1);
    if (seg.length >= 3) {
      // "|a|b|" inside the UniqueID must be "|a|b|" inside the line: look only at lines with segment a
      for (int i : inner.getOrDefault(seg[1], List.of())) {
        if (lower[i].contains(u)) {
          out.add(entries.get(i));
        }
      }
      return out;
    }
    for (int i = 0; i < lower.length; i++) {
      if (lower[i].contains(u)) {
        out.add(entries.get(i));
      }
    }
    return out;
  }

  /** Entries sharing at least one frame (ignoring case) with {@code frames}, in list order. */
  List<QaEntry.Parts> sharingAFrame(List<String> frames) {
    java.util.TreeSet<Integer> ids = new java.util.TreeSet<>();
    for (String f : frames) {
      ids.addAll(byFrame.getOrDefault(f.toLowerCase(Locale.ROOT), java.util.Set.of()));
    }
    return ids.stream().map(parts::get).toList();
  }
}
