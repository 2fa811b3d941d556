package dev.mycrash.collect.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void terminalRewritesOneLineWithABarForLargeCopies() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    Progress p = Progress.terminal(new PrintStream(b, true, StandardCharsets.UTF_8));
    p.step("writing core/core");
    p.bytes("core/core", 181L << 20, 362L << 20);
    p.bytes("small.txt", 1, 2); // too small for a bar
    p.done();
    assertThat(b.toString(StandardCharsets.UTF_8)).isEqualTo(
        "\r\033[K[1] writing core/core" + "\r\033[K[1] core/core [############.............] 50% of 362 MiB" + "\r\033[K");
  }
}
