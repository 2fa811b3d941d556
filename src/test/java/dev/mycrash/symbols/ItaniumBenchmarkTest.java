package dev.mycrash.symbols;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.symbols.CorpusFixture.Entry;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Throughput: the 76k-symbol corpus ten times over, in-process. Run by {@code bench/demangle-bench.sh},
 * which first times {@code c++filt} on the same 764k symbols and passes that as
 * {@code -Dcxxfilt.seconds=...} (CPU seconds); the target is to be at least as fast.
 */
@Tag("benchmark")
class ItaniumBenchmarkTest {
  private static final int ROUNDS = 10;

  @Test
  void demanglesTheCorpusTenTimesAtLeastAsFastAsCxxFilt() {
    List<Entry> entries = CorpusFixture.entries();
    String[] symbols = entries.stream().map(Entry::symbol).toArray(String[]::new);
    long sink = 0;
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    double cpu = Double.MAX_VALUE;
    double wall = Double.MAX_VALUE;
    // Pass 0 warms the JIT up (like a JMH warm-up iteration); the best of passes 1-3 is reported.
    for (int pass = 0; pass < 4; pass++) {
      long c0 = mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      for (int r = 0; r < ROUNDS; r++) {
        for (String s : symbols) {
          sink += Demangler.demangle(s).length();
        }
      }
      if (pass > 0) {
        wall = Math.min(wall, (System.nanoTime() - t0) / 1e9);
        cpu = Math.min(cpu, (mx.getCurrentThreadCpuTime() - c0) / 1e9);
      }
    }
    long total = (long) symbols.length * ROUNDS;
    System.out.printf("mycrash demangler: %d symbols, cpu %.3f s, wall %.3f s (%.0f symbols/s cpu)%n",
        total, cpu, wall, total / cpu);
    assertThat(sink).isPositive();
    String cxxfilt = System.getProperty("cxxfilt.seconds");
    if (cxxfilt != null) {
      // CPU time on both sides: the build machine is shared, wall time mostly measures neighbours.
      System.out.printf("c++filt: %d symbols, cpu %s s (user+sys)%n", total, cxxfilt);
      assertThat(cpu).isLessThanOrEqualTo(Double.parseDouble(cxxfilt));
    }
  }
}
