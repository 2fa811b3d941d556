package dev.mycrash.errorlog.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Inputs of the differential tests of the hand-written line readers: every distinct line of every
 * {@code .log} and {@code .txt} file of the test resources (the real corpus logs with their
 * provenance notes, the generated logs, the triage and semaphore fixtures), read one byte a char
 * as the reader does for text that is not UTF-8; and lines made at random (fixed seed) from the
 * pieces these readers look for, so the odd cases (a tab for a space, a line terminator inside,
 * a missing bracket, too many digits) come up too.
 */
final class CorpusLines {
  private CorpusLines() {}

  static List<String> real() {
    Set<String> lines = new LinkedHashSet<>();
    try (Stream<Path> files = Files.walk(resources())) {
      for (Path p : files.filter(CorpusLines::text).sorted().toList()) {
        for (String l : Files.readString(p, StandardCharsets.ISO_8859_1).split("\n", -1)) {
          lines.add(l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(lines);
  }

  /** {@code count} lines of 1-12 random pieces. */
  static List<String> random(List<String> pieces, int count) {
    Random r = new Random(20261123);
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = 1 + r.nextInt(12); n > 0; n--) {
        b.append(pieces.get(r.nextInt(pieces.size())));
      }
      out.add(b.toString());
    }
    return out;
  }

  private static boolean text(Path p) {
    String n = p.getFileName().toString();
    return Files.isRegularFile(p) && (n.endsWith(".log") || n.endsWith(".txt"));
  }

  private static Path resources() {
    try {
      return Path.of(CorpusLines.class.getResource("/corpus").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
