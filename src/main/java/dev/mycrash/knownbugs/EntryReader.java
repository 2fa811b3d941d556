package dev.mycrash.knownbugs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;

/** Reads one {@code <ID>.yaml} entry; every problem becomes an {@link InvalidEntryException}. */
final class EntryReader {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final Set<String> TOP =
      Set.of("id", "title", "url", "products", "status", "versions", "match", "advice", "source");
  private static final Set<String> MATCH =
      Set.of("signal", "assertion", "assertionAt", "frames", "message", "latch", "uniqueIds", "hash");
  private static final Set<String> ADVICE = Set.of("workaround", "upgrade");
  private static final Set<String> VERSION = Set.of("line", "affected", "fixed");

  private EntryReader() {}

  /** Parses and validates {@code text} read from file {@code fileName} (e.g. MDEV-32174.yaml). */
  static KnownBug read(String fileName, String text) {
    String expectedId = fileName.replaceFirst("\\.yaml$", "");
    KnownBug bug;
    try {
      JsonNode tree = YAML.readTree(text);
      if (tree == null || tree.isMissingNode() || tree.isNull()) {
        throw new InvalidEntryException(expectedId, "empty file");
      }
      checkKeys(expectedId, tree);
      bug = YAML.treeToValue(tree, KnownBug.class);
    } catch (UnrecognizedPropertyException e) {
      throw new InvalidEntryException(expectedId, "unknown key '" + e.getPropertyName() + "'" + where(e));
    } catch (ValueInstantiationException e) {
      Throwable c = e.getCause() != null ? e.getCause() : e;
      throw new InvalidEntryException(expectedId, c.getMessage());
    } catch (JsonMappingException e) {
      throw new InvalidEntryException(expectedId, e.getOriginalMessage() + where(e));
    } catch (JsonProcessingException e) {
      throw new InvalidEntryException(expectedId, "not valid YAML: " + e.getOriginalMessage() + where(e));
    }
    if (bug == null) {
      throw new InvalidEntryException(expectedId, "empty file");
    }
    if (!bug.id().equals(expectedId)) {
      throw new InvalidEntryException(expectedId, "id '" + bug.id() + "' does not equal the file name");
    }
    return bug;
  }

  /** A typo in a key is reported as such, before any "x is required" it would cause. */
  private static void checkKeys(String id, JsonNode tree) {
    keys(id, "", tree, TOP);
    keys(id, "match.", tree.get("match"), MATCH);
    keys(id, "advice.", tree.get("advice"), ADVICE);
    JsonNode versions = tree.get("versions");
    if (versions != null && versions.isArray()) {
      versions.forEach(v -> keys(id, "versions.", v, VERSION));
    }
  }

  private static void keys(String id, String prefix, JsonNode node, Set<String> allowed) {
    if (node == null || !node.isObject()) {
      return;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!allowed.contains(k)) {
        throw new InvalidEntryException(id, "unknown key '" + prefix + k + "'");
      }
    }
  }

  private static String where(JsonProcessingException e) {
    return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
  }
}
