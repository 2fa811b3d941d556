package dev.mycrash.knownbugs;

import java.util.List;

/**
 * A crash's identity.
 *
 * @param uniqueId mariadb-qa-compatible UniqueID, e.g. {@code SIGSEGV|f1|f2|f3|f4} or {@code
 *     assertion|SIGABRT|f1|f2|f3|f4}; matches lines of mariadb-qa's known_bugs.strings
 * @param hash stable hash (16 hex digits of SHA-256) of {@link #normalized()}
 * @param normalized the normalised signature the hash is taken of: {@code
 *     SIGNAL|assertion|f1|f2|f3|f4} (assertion empty when none), after mycrash's own rules
 * @param signal the signal name (SIGSEGV...), or null
 * @param assertion the assertion expression, or null
 * @param frames the normalised frames of {@link #normalized()}, innermost first
 * @param uniqueIdFrames the frames of the UniqueID (mariadb-qa's filter), innermost first
 * @param explanation what each rule did, in order ("skipped handle_fatal_signal: ...")
 * @param stack up to 30 named frames below the signal handler without the abort machinery and
 *     without stopping at sentinels: what {@code frames} matchers and fuzzy matching look at
 */
public record Signature(
    String uniqueId,
    String hash,
    String normalized,
    String signal,
    String assertion,
    List<String> frames,
    List<String> uniqueIdFrames,
    List<String> explanation,
    List<String> stack) {
  public Signature {
    if (uniqueId == null || hash == null || normalized == null) {
      throw new IllegalArgumentException("uniqueId, hash and normalized are required");
    }
    frames = List.copyOf(frames);
    uniqueIdFrames = List.copyOf(uniqueIdFrames);
    explanation = List.copyOf(explanation);
    stack = List.copyOf(stack);
  }

  /** True for the signature of a hang without a crash report ({@code HANG|latch|...}). */
  public boolean hang() {
    return normalized.startsWith(HangSignature.PREFIX);
  }
}
