package dev.mycrash.knownbugs;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code match:} block of a known-bug entry; every matcher given must match. See
 * known-bugs/README.md for each key.
 *
 * @param signal signal number
 * @param assertion substring of the assertion expression
 * @param assertionAt {@code basename[:line]} of the assertion
 * @param frames function names that appear in this order among the crash's first frames
 * @param message Java regex found in the crash section
 * @param latch a long-semaphore-wait latch name
 * @param uniqueIds mariadb-qa UniqueIDs; one of them must contain the crash's UniqueID
 *     (case-insensitive substring, mariadb-qa's own rule)
 * @param hash mycrash signature hash (16 hex digits)
 */
public record Matchers(
    Integer signal,
    String assertion,
    String assertionAt,
    List<String> frames,
    String message,
    String latch,
    List<String> uniqueIds,
    String hash) {
  public Matchers {
    if (signal == null && assertion == null && assertionAt == null && frames == null
        && message == null && latch == null && uniqueIds == null && hash == null) {
      throw new IllegalArgumentException("match: at least one matcher is required");
    }
    if (signal != null && (signal < 1 || signal > 64)) {
      throw new IllegalArgumentException("match.signal " + signal + " is not between 1 and 64");
    }
    frames = nonEmptyStrings("frames", frames);
    uniqueIds = nonEmptyStrings("uniqueIds", uniqueIds);
    if (message != null) {
      try {
        Pattern.compile(message);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("match.message is not a valid regex: " + e.getDescription());
      }
    }
    if (hash != null && !hash.matches("[0-9a-f]{16}")) {
      throw new IllegalArgumentException("match.hash must be 16 lower-case hex digits: " + hash);
    }
    blank("assertion", assertion);
    blank("assertionAt", assertionAt);
    blank("latch", latch);
  }

  /** The message regex, compiled. */
  @JsonIgnore
  public Pattern messagePattern() {
    return message == null ? null : Pattern.compile(message);
  }

  private static List<String> nonEmptyStrings(String key, List<String> values) {
    if (values == null) {
      return null;
    }
    if (values.isEmpty()) {
      throw new IllegalArgumentException("match." + key + " is empty");
    }
    for (String v : values) {
      if (v == null || v.isBlank()) {
        throw new IllegalArgumentException("match." + key + " has an empty entry");
      }
    }
    return List.copyOf(values);
  }

  private static void blank(String key, String v) {
    if (v != null && v.isBlank()) {
      throw new IllegalArgumentException("match." + key + " is empty");
    }
  }
}
