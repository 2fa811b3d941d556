package dev.mycrash.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The corpus itself: every log is there, unaltered (SHA256SUMS was taken from the originals in the
 * shared corpus), has its provenance and a well-formed hand-written expectation.
 */
class CorpusInventoryTest {

  @Test
  void holdsTheTwentySevenRealAndSixteenGeneratedLogs() {
    List<Path> logs = Fixture.logs();
    assertThat(logs.stream().filter(p -> Fixture.root().relativize(p).startsWith("real")).count())
        .as("real logs")
        .isEqualTo(27);
    assertThat(logs.stream().filter(p -> Fixture.root().relativize(p).startsWith("generated-here")).count())
        .as("generated-here logs")
        .isEqualTo(16);
  }

  @Test
  void everyLogIsByteIdenticalToItsOriginal() throws Exception {
    Map<String, String> sums = new TreeMap<>();
    for (String line : Files.readAllLines(Fixture.root().resolve("SHA256SUMS"))) {
      sums.put(line.substring(66), line.substring(0, 64));
    }
    assertThat(sums).as("SHA256SUMS entries").hasSize(Fixture.logs().size());
    for (Path log : Fixture.logs()) {
      String id = Fixture.root().relativize(log).toString().replace('\\', '/');
      assertThat(Sha256.of(log)).as("%s: sha256 equals the original's", id).isEqualTo(sums.get(id));
    }
  }

  @Test
  void everyRealLogHasItsSourceNote() {
    for (Path log : Fixture.logs()) {
      if (Fixture.root().relativize(log).startsWith("real")) {
        String name = log.getFileName().toString().replaceFirst("\\.log$", ".source.txt");
        assertThat(log.resolveSibling(name)).as("provenance of %s", log.getFileName()).isRegularFile();
      }
    }
  }

  @Test
  void everyExpectationStatesTheKeyFacts() {
    for (Fixture fx : Fixture.all()) {
      JsonNode e = fx.expectation();
      assertThat(e.fieldNames())
          .toIterable()
          .as("%s: expectation fields", fx.id())
          .contains("product", "version", "lifetimes", "crashes", "semaphore", "notes");
      for (JsonNode c : AnalyzeRun.items(e, "crashes")) {
        assertThat(c.fieldNames())
            .toIterable()
            .as("%s: crash expectation fields", fx.id())
            .contains("signalLine", "signal", "signalName", "assertion", "topFrame", "query", "connectionId", "hangAbort");
      }
      for (JsonNode l : AnalyzeRun.items(e, "lifetimes")) {
        assertThat(l.has("startLine") && l.has("end")).as("%s: lifetime expectation fields", fx.id()).isTrue();
      }
      assertThat(e.get("semaphore").fieldNames())
          .toIterable()
          .as("%s: semaphore expectation fields", fx.id())
          .contains("reports", "watchdogAbort", "latches", "blockerThreads");
    }
  }
}
