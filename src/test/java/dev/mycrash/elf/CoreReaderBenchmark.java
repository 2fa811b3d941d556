package dev.mycrash.elf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Cost of reading a real MariaDB core (~350 MB apparent): targets are under 1 MB read and under
 * 50 ms per read once warm. Run after src/test/e2e/make-crashes.sh:
 * {@code MYCRASH_E2E_DIR=DIR mvn -B -o test -Dtest=CoreReaderBenchmark -Dmycrash.excludedGroups=none}.
 */
@Tag("benchmark")
class CoreReaderBenchmark {
  @Test
  void readingACoreCostsKilobytesAndMilliseconds() throws Exception {
    Path core = E2eCrashes.core("udf_segv");
    long size = Files.size(core);
    long bytes = 0;
    for (int i = 0; i < 20; i++) {
      try (ElfFile elf = ElfFile.open(core)) {
        CoreReader.read(elf);
        bytes = elf.bytesRead();
      }
    }
    int runs = 200;
    long t0 = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      CoreReader.read(core);
    }
    double ms = (System.nanoTime() - t0) / 1e6 / runs;
    System.out.printf("CoreReader: core %d bytes apparent, %d bytes read (%.4f%%), %.2f ms per read%n",
        size, bytes, 100.0 * bytes / size, ms);
    assertThat(bytes).isLessThan(1 << 20);
    assertThat(ms).isLessThan(50.0);
  }
}
