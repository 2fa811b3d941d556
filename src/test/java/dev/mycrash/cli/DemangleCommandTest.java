package dev.mycrash.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mycrash demangle} run in-process, as a user would run it. */
class DemangleCommandTest {
  private record Run(int code, String out, String err) {}

  private static Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] argv = new String[args.length + 1];
    argv[0] = "demangle";
    System.arraycopy(args, 0, argv, 1, args.length);
    int code = MyCrash.execute(
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.ISO_8859_1)),
        new PrintStream(out, true, StandardCharsets.ISO_8859_1),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        argv);
    return new Run(code, out.toString(StandardCharsets.ISO_8859_1), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void filtersStandardInputLikeCxxFilt() {
    String log = "2026-11-23 13:46:01 0 [ERROR] mysqld got signal 11 ;\n"
        + "mysqld(_ZN4JOIN10exec_innerEv+0x2f)[0x55d0c4]\n"
        + "mysqld(_Z13handle_selectP3THDP3LEXP13select_resultm+0x1b5)[0x55e0]\n";
    Run r = run(log);
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("2026-11-23 13:46:01 0 [ERROR] mysqld got signal 11 ;\n"
        + "mysqld(JOIN::exec_inner()+0x2f)[0x55d0c4]\n"
        + "mysqld(handle_select(THD*, LEX*, select_result*, unsigned long)+0x1b5)[0x55e0]\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void demanglesArgumentsOnePerLineIncludingMsvcNames() {
    Run r = run("", "_ZN4JOIN10exec_innerEv", "not_mangled", "_ZTV4JOIN");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("JOIN::exec_inner()\nnot_mangled\nvtable for JOIN\n");
  }

  @Test
  void filtersFilesAndLeavesThemUntouched(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("error.log");
    byte[] original = "at _ZN7handler11ha_rnd_nextEPh\r\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(f, original);
    Run r = run("", "--file", f.toString(), "-f", f.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("at handler::ha_rnd_next(unsigned char*)\r\n".repeat(2));
    assertThat(Files.readAllBytes(f)).isEqualTo(original);
  }

  @Test
  void missingFileIsOneLineNamingItAndExitOne(@TempDir Path dir) {
    Path missing = dir.resolve("nope.log");
    Run r = run("", "-f", missing.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).isEqualTo("mycrash: " + missing + ": no such file\n");
  }

  @Test
  void directoryIsRejectedAsBadInput(@TempDir Path dir) {
    Run r = run("", "-f", dir.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).startsWith("mycrash: " + dir + ": is a directory");
  }

  @Test
  void unknownOptionIsUsageError() {
    Run r = run("", "--bogus");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
  }
}
