package dev.mycrash.triage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mycrash.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Signatures seen across triage runs ({@code --registry FILE}), a JSON object keyed by hash:
 *
 * <pre>
 * {"5c0f3d3e7b0a1c22": {"uniqueId": "SIGSEGV|crash_segv|...", "firstSeen": "2026-11-23T14:00:00Z",
 *                       "lastSeen": "2026-11-24T09:12:03Z", "count": 7}}
 * </pre>
 *
 * Written atomically (temporary file, then rename).
 */
public final class Registry {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** One signature's history. */
  public record Entry(String uniqueId, String firstSeen, String lastSeen, long count) {}

  private final Map<String, Entry> entries;

  private Registry(Map<String, Entry> entries) {
    this.entries = entries;
  }

  /** Reads {@code file}; an absent file is an empty registry; a malformed one is bad input. */
  public static Registry read(Path file) {
    if (!Files.exists(file)) {
      return new Registry(new TreeMap<>());
    }
    try {
      Map<String, Entry> m = JSON.readValue(file.toFile(), new TypeReference<TreeMap<String, Entry>>() {});
      return new Registry(m == null ? new TreeMap<>() : m);
    } catch (JsonProcessingException e) {
      throw BadInputException.of(file, "not a mycrash registry: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw BadInputException.of(file, "cannot read: " + e.getMessage());
    }
  }

  /** Counts this run's groups in, seen at {@code now}. */
  public void record(TriageReport r, Instant now) {
    String t = now.toString();
    for (CrashGroup g : r.groups()) {
      String h = g.result().signature().hash();
      Entry old = entries.get(h);
      entries.put(h, old == null
          ? new Entry(g.result().signature().uniqueId(), t, t, g.count())
          : new Entry(old.uniqueId(), old.firstSeen(), t, old.count() + g.count()));
    }
  }

  public Entry get(String hash) {
    return entries.get(hash);
  }

  public int size() {
    return entries.size();
  }

  /** Writes to {@code file} through a temporary file and a rename. */
  public void write(Path file) throws IOException {
    Path tmp = AtomicFiles.temp(file);
    try {
      JSON.writeValue(tmp.toFile(), entries);
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    AtomicFiles.move(tmp, file);
  }
}
