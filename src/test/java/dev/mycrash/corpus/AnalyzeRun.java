package dev.mycrash.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mycrash.Main;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One in-process run of {@code mycrash analyze --json [--all] FILE}: exit code, both streams and
 * the parsed JSON object.
 */
record AnalyzeRun(String label, int exitCode, String stdout, String stderr) {

  /** Runs {@code analyze --all --json path}. */
  static AnalyzeRun all(String label, Path path) {
    return run(label, "analyze", "--all", "--json", path.toString());
  }

  /** Runs {@code analyze --json path} (default scope). */
  static AnalyzeRun lastOnly(String label, Path path) {
    return run(label, "analyze", "--json", path.toString());
  }

  static AnalyzeRun run(String label, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Main.run(InputStream.nullInputStream(), o, e, args);
    }
    return new AnalyzeRun(
        label, code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Asserts exit 0 and one JSON object on stdout, and returns it. */
  JsonNode json() {
    assertThat(exitCode)
        .as("%s: exit code of analyze (stderr: %s)", label, stderr.strip())
        .isZero();
    try {
      JsonNode n = Fixture.JSON.readTree(stdout);
      assertThat(n).as("%s: stdout is one JSON object", label).isNotNull();
      assertThat(n.isObject()).as("%s: stdout is one JSON object", label).isTrue();
      return n;
    } catch (JsonProcessingException e) {
      return fail("%s: stdout is not valid JSON (%s): %.300s", label, e.getOriginalMessage(), stdout);
    }
  }

  /** The elements of an array field, or an empty list when absent or null. */
  static List<JsonNode> items(JsonNode parent, String field) {
    List<JsonNode> l = new ArrayList<>();
    JsonNode a = parent == null ? null : parent.get(field);
    if (a != null && a.isArray()) {
      a.forEach(l::add);
    }
    return l;
  }
}
