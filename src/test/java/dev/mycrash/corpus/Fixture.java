package dev.mycrash.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One real error log of the corpus and the hand-written expectation beside it
 * ({@code name.log} → {@code name.expect.json}).
 *
 * @param id the log's path relative to the corpus root, e.g. {@code real/trellix-551-sig11.log}
 * @param log the log file (never written to)
 * @param expectation the parsed expectation
 */
public record Fixture(String id, Path log, JsonNode expectation) {
  static final ObjectMapper JSON = new ObjectMapper();

  public Fixture {
    if (id == null || log == null || expectation == null) {
      throw new IllegalArgumentException("fixture needs id, log and expectation");
    }
  }

  /** The corpus root on the test classpath ({@code target/test-classes/corpus}). */
  static Path root() {
    try {
      return Path.of(Fixture.class.getResource("/corpus").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every {@code *.log} under the corpus root, sorted by id. */
  static List<Path> logs() {
    try (Stream<Path> s = Files.walk(root())) {
      return s.filter(p -> p.getFileName().toString().endsWith(".log")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The expectation file that belongs to a log. */
  static Path expectationOf(Path log) {
    String name = log.getFileName().toString();
    return log.resolveSibling(name.substring(0, name.length() - ".log".length()) + ".expect.json");
  }

  /** All fixtures; fails loudly when a log has no expectation or the expectation is not JSON. */
  static List<Fixture> all() {
    return logs().stream().map(Fixture::load).collect(Collectors.toList());
  }

  static Fixture load(Path log) {
    Path exp = expectationOf(log);
    String id = root().relativize(log).toString().replace('\\', '/');
    try {
      return new Fixture(id, log, JSON.readTree(exp.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException("expectation of " + id + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return id;
  }
}
