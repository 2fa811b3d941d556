package dev.mycrash.semaphore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.errorlog.LogLine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Throughput of {@link SemaphoreCollector#accept} over a long log: the generated 10-start error
 * log followed by the azuracast reports, repeated. Prints lines/s and MB/s; no wall-clock assert.
 * Run: {@code mvn -B -o test -Dtest=SemaphoreBenchmarkTest -Dmycrash.excludedGroups=none}
 */
@Tag("benchmark")
class SemaphoreBenchmarkTest {
  private static final int COPIES = 6_000;

  @Test
  void acceptOverMillionsOfLines() {
    List<String> block = new ArrayList<>();
    Fixtures.plain("generated-mariadb1011-full-error.log").forEach(l -> block.add(l.text()));
    Fixtures.compose("azuracast-4019-mariadb105-compose-semaphore.log").forEach(l -> block.add(l.text()));
    long bytesPerCopy = block.stream().mapToLong(s -> s.length() + 1L).sum();
    for (int round = 0; round < 3; round++) {
      SemaphoreCollector collector = new SemaphoreCollector();
      long number = 0;
      long start = System.nanoTime();
      for (int copy = 0; copy < COPIES; copy++) {
        for (String text : block) {
          collector.accept(new LogLine(++number, text));
        }
      }
      SemaphoreSummary s = collector.finish();
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("semaphore benchmark round %d: %,d lines, %.1f MB in %.2f s = %,.0f lines/s, %.0f MB/s%n",
          round, number, COPIES * bytesPerCopy / 1e6, seconds, number / seconds,
          COPIES * bytesPerCopy / 1e6 / seconds);
      assertThat(s.reports()).isEqualTo(2 * COPIES);
      assertThat(s.watchdogAborts()).hasSize(COPIES);
      assertThat(s.latches()).hasSize(3);
      assertThat(collector.waits()).hasSize(SemaphoreCollector.KEPT_WAITS);
    }
  }
}
