package dev.mycrash.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemProcessRunnerTest {
  private final ProcessRunner runner = ProcessRunner.system();

  @Test
  void capturesOutputAndExitCode() throws Exception {
    ProcessResult r = runner.run(ProcessSpec.of(Duration.ofSeconds(10), "sh", "-c", "echo out; echo err >&2; exit 3"));
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.stdout()).isEqualTo("out\n");
    assertThat(r.stderr()).isEqualTo("err\n");
    assertThat(r.ok()).isFalse();
    assertThat(r.describe()).isEqualTo("exit 3");
  }

  @Test
  void argumentsAreNotInterpretedByAShell() throws Exception {
    ProcessResult r = runner.run(ProcessSpec.of(Duration.ofSeconds(10), "echo", "$HOME; rm -rf /", "*"));
    assertThat(r.stdout()).isEqualTo("$HOME; rm -rf / *\n");
  }

  @Test
  void missingProgramIsReportedNotThrown() throws Exception {
    ProcessResult r = runner.run(ProcessSpec.of(Duration.ofSeconds(10), "/nonexistent/gdb-xyz"));
    assertThat(r.notFound()).isTrue();
    assertThat(r.describe()).isEqualTo("not found");
  }

  @Test
  void hungProcessIsKilledAtTheTimeoutAndPartialOutputKept(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.txt");
    ProcessSpec spec =
        ProcessSpec.of(Duration.ofMillis(700), "sh", "-c", "echo partial; exec sleep 60").withOutput(out, dir.resolve("err.txt"));
    ProcessResult r = runner.run(spec);
    assertThat(r.timedOut()).isTrue();
    assertThat(r.elapsed()).isLessThan(Duration.ofSeconds(30));
    assertThat(Files.readString(out)).isEqualTo("partial\n");
  }

  @Test
  void childrenOfAHungProcessAreKilledToo(@TempDir Path dir) throws Exception {
    Path pidFile = dir.resolve("child.pid");
    ProcessSpec spec = ProcessSpec.of(Duration.ofMillis(700), "sh", "-c", "sleep 60 & echo $! > " + pidFile + "; wait");
    ProcessResult r = runner.run(spec);
    assertThat(r.timedOut()).isTrue();
    long child = Long.parseLong(Files.readString(pidFile).trim());
    Thread.sleep(200);
    assertThat(runningState(child)).as("state of the orphaned child").isNotIn("R", "S", "D");
  }

  /** The process state letter from /proc (a killed orphan may linger as a zombie "Z"), or "gone". */
  private static String runningState(long pid) throws Exception {
    Path stat = Path.of("/proc", Long.toString(pid), "stat");
    if (!Files.exists(stat)) {
      return "gone";
    }
    String s = Files.readString(stat);
    return s.substring(s.lastIndexOf(')') + 2, s.lastIndexOf(')') + 3);
  }
}
