package dev.mycrash.knownbugs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.core.JsonProcessingException;

/** Reads one {@code <ID>.yaml} entry; every problem becomes an {@link InvalidEntryException}. */
final class EntryReader {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private EntryReader() {}

  /** Parses and validates {@code text} read from file {@code fileName} (e.g. MDEV-32174.yaml). */
  static KnownBug read(String fileName, String text) {
    String expectedId = fileName.replaceFirst("\\.yaml$", "");
    KnownBug bug;
    try {
      bug = YAML.readValue(text, KnownBug.class);
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

  private static String where(JsonProcessingException e) {
    return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
  }
}
