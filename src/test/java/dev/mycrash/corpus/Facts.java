package dev.mycrash.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Null-tolerant reads of JSON facts: an absent field and an explicit null both read as null. */
final class Facts {
  private Facts() {}

  static boolean isNull(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode();
  }

  static JsonNode node(JsonNode parent, String field) {
    return isNull(parent) ? null : parent.get(field);
  }

  /** The field as text (numbers and booleans in their JSON spelling), or null. */
  static String text(JsonNode parent, String field) {
    JsonNode n = node(parent, field);
    return isNull(n) ? null : n.asText();
  }

  /** The field as a whole number, or null; a non-integral value reads as its text's failure. */
  static Long number(JsonNode parent, String field) {
    JsonNode n = node(parent, field);
    if (isNull(n)) {
      return null;
    }
    if (n.isIntegralNumber()) {
      return n.asLong();
    }
    if (n.isTextual() && n.asText().matches("-?\\d+")) {
      return Long.parseLong(n.asText());
    }
    return Long.MIN_VALUE;
  }

  static Boolean bool(JsonNode parent, String field) {
    JsonNode n = node(parent, field);
    return isNull(n) ? null : n.asBoolean();
  }

  /** The texts of an array field (null elements kept as null), or an empty list. */
  static List<String> texts(JsonNode parent, String field) {
    List<String> l = new ArrayList<>();
    for (JsonNode e : AnalyzeRun.items(parent, field)) {
      l.add(isNull(e) ? null : e.asText());
    }
    return l;
  }

  /** The given field of each element of an array field. */
  static List<String> column(JsonNode parent, String array, String field) {
    List<String> l = new ArrayList<>();
    for (JsonNode e : AnalyzeRun.items(parent, array)) {
      l.add(text(e, field));
    }
    return l;
  }
}
