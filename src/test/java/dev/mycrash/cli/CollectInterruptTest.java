package dev.mycrash.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C (SIGINT) while the bundle is being written leaves nothing: no bundle, no partial file. */
class CollectInterruptTest {
  @TempDir Path dir;

  @Test
  void sigintWhileWritingLeavesNoFileAtTheFinalNameOrPartial() throws Exception {
    Path core = dir.resolve("core");
    byte[] block = new byte[1 << 20];
    Random rnd = new Random(11);
    try (OutputStream o = Files.newOutputStream(core)) {
      for (int i = 0; i < 300; i++) { // incompressible, so writing it takes seconds
        rnd.nextBytes(block);
        o.write(block);
      }
    }
    Path out = Files.createDirectories(dir.resolve("out"));
    Path log = CollectCommandTest.log("udf_segv.log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.mycrash.Main", "collect",
        "--error-log", log.toString(), "--core", core.toString(), "--mysqld", log.toString(), "--no-defaults", "--core-wait", "0",
        "-o", out.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.txt").toFile()).start();
    try {
      assertThat(waitForPartial(out, p)).as("a .partial file appears while writing").isTrue();
      new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      p.destroyForcibly();
    }
    assertThat(p.exitValue()).isEqualTo(130);
    assertThat(list(out)).isEmpty();
  }

  private static boolean waitForPartial(Path out, Process p) throws Exception {
    for (int i = 0; i < 600 && p.isAlive(); i++) {
      if (list(out).stream().anyMatch(n -> n.endsWith(".partial"))) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }

  private static List<String> list(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(x -> x.getFileName().toString()).toList();
    }
  }
}
