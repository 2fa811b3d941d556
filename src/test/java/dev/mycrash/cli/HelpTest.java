package dev.mycrash.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command answers --help with its usage on stdout and exit 0, and an unknown option with exit 2. */
class HelpTest {
  @ParameterizedTest
  @ValueSource(strings = {"analyze", "collect", "demangle", "triage", "known-bugs", "known-bugs validate", "known-bugs import"})
  void helpAndBadOption(String command) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] words = (command + " --help").split(" ");
    int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), words);
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: mycrash " + command);
    String[] bad = (command + " --no-such-option").split(" ");
    assertThat(Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(new ByteArrayOutputStream()), bad)).isEqualTo(ExitCodes.USAGE);
  }
}
