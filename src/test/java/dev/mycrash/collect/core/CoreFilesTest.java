package dev.mycrash.collect.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A core the kernel is still writing is waited for; one that keeps growing is given up on at the timeout. */
class CoreFilesTest {
  @TempDir Path dir;

  private Thread grow(Path f, int steps) {
    Thread t = new Thread(() -> {
      try (OutputStream o = Files.newOutputStream(f, StandardOpenOption.APPEND)) {
        for (int i = 0; i < steps; i++) {
          o.write(new byte[4096]);
          o.flush();
          Thread.sleep(100);
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    t.start();
    return t;
  }

  @Test
  void waitsUntilTheSizeStopsChanging() throws Exception {
    Path core = Files.createFile(dir.resolve("core"));
    Thread writer = grow(core, 8); // about 0.8 s of writing
    assertThat(CoreFiles.awaitStableSize(core, Duration.ofSeconds(20), Duration.ofMillis(700))).isTrue();
    assertThat(Files.size(core)).as("complete when the wait returns").isEqualTo(8 * 4096);
    writer.join();
  }

  @Test
  void givesUpWhenItKeepsGrowing() throws Exception {
    Path core = Files.createFile(dir.resolve("core"));
    Thread writer = grow(core, 40);
    assertThat(CoreFiles.awaitStableSize(core, Duration.ofMillis(900), Duration.ofMillis(250))).isFalse();
    writer.join();
  }
}
