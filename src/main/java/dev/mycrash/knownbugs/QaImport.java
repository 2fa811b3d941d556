package dev.mycrash.knownbugs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.mycrash.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a mariadb-qa list into known-bug entries: one {@code <ID>.yaml} per MDEV-/MENT- id,
 * status open (inactive lines were dropped on reading), its UniqueIDs as {@code uniqueIds}.
 * Entries without such an id (SPECIAL-n, free text) are counted, not written.
 */
public final class QaImport {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));

  private QaImport() {}

  /** @param bugs distinct MDEV/MENT ids; @param withoutId entries without one */
  public record Summary(int bugs, int withoutId) {}

  public static Summary summarise(QaKnownBugs list) {
    Map<String, List<QaEntry>> by = byBug(list);
    int without = (int) list.entries().stream().filter(e -> !isJira(e.bugId())).count();
    return new Summary(by.size(), without);
  }

  /** Writes the entries into {@code dir} (created if needed); refuses to overwrite a file. */
  public static int write(QaKnownBugs list, Path dir, String listName) throws IOException {
    Files.createDirectories(dir);
    int n = 0;
    for (Map.Entry<String, List<QaEntry>> e : byBug(list).entrySet()) {
      Path f = dir.resolve(e.getKey() + ".yaml");
      if (Files.exists(f)) {
        throw BadInputException.of(f, "exists; import never overwrites an entry");
      }
      String yaml = YAML.writeValueAsString(entry(e.getKey(), e.getValue(), listName));
      EntryReader.read(f.getFileName().toString(), yaml);
      Files.writeString(f, yaml);
      n++;
    }
    return n;
  }

  private static Map<String, Object> entry(String id, List<QaEntry> lines, String listName) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("title", "mariadb-qa: " + lines.get(0).uniqueId());
    m.put("url", "https://jira.mariadb.org/browse/" + id);
    m.put("products", List.of("MariaDB"));
    m.put("status", "open");
    m.put("match", Map.of("uniqueIds", lines.stream().map(QaEntry::uniqueId).distinct().toList()));
    m.put("source", "imported from " + listName + " lines "
        + String.join(", ", lines.stream().map(l -> String.valueOf(l.lineNumber())).toList()));
    return m;
  }

  private static Map<String, List<QaEntry>> byBug(QaKnownBugs list) {
    Map<String, List<QaEntry>> by = new LinkedHashMap<>();
    for (QaEntry e : list.entries()) {
      if (isJira(e.bugId()) && !e.uniqueId().isBlank()) {
        by.computeIfAbsent(e.bugId(), k -> new ArrayList<>()).add(e);
      }
    }
    return by;
  }

  private static boolean isJira(String id) {
    return id.matches("(MDEV|MENT)-\\d+");
  }
}
