package dev.mycrash.errorlog.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.errorlog.ErrorLogAnalyzer;
import dev.mycrash.errorlog.Fixtures;
import dev.mycrash.errorlog.model.Analysis;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cost of a crash report in {@code analyze --all} of a log dense with them (a crash loop): the
 * real MariaDB 10.11 log (8 crash reports in 711 lines) repeated, read in-process as the command
 * does. Prints microseconds of wall time and of this thread's CPU per crash report; no wall-clock
 * assert. {@code -Dmycrash.bench.log=/tmp/dense.log} reads that file instead (e.g. a 200 MB prefix
 * of {@code bench/out/big-2g.log}). Run:
 * {@code mvn -B -o test -Dtest=CrashParseBenchmarkTest -Dmycrash.excludedGroups=none}
 */
@Tag("benchmark")
class CrashParseBenchmarkTest {
  private static final int COPIES = 1_000;
  private static final int ROUNDS = 5;

  @TempDir Path dir;

  @Test
  void microsecondsPerCrashReport() throws IOException {
    String given = System.getProperty("mycrash.bench.log");
    Path log = given != null ? Path.of(given) : dense(dir.resolve("dense.log"));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < ROUNDS; round++) {
      long cpu0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      Analysis a = Fixtures.analyze(log, ErrorLogAnalyzer.Options.of(true));
      double wall = (System.nanoTime() - t0) / 1e3;
      double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e3;
      long reports = a.crashes().size() + a.crashesOmitted();
      System.out.printf("crash-parse benchmark round %d: %s, %,d bytes, %,d crash reports: %.1f us wall, "
              + "%.1f us main-thread CPU per report (%.2f s wall)%n",
          round, log.getFileName(), Files.size(log), reports, wall / reports, cpu / reports, wall / 1e6);
      if (given == null) {
        assertThat(reports).isEqualTo(8L * COPIES);
        assertThat(a.crashes().get(a.crashes().size() - 1).frames()).hasSize(14);
      }
    }
  }

  /** The real log {@value #COPIES} times over. */
  private static Path dense(Path out) throws IOException {
    byte[] one = Files.readAllBytes(Fixtures.path(Fixtures.FULL));
    try (OutputStream o = Files.newOutputStream(out)) {
      for (int i = 0; i < COPIES; i++) {
        o.write(one);
      }
    }
    return out;
  }
}
