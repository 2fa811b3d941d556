package dev.mycrash.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.collect.locate.HostView;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code mycrash analyze} without LOG reads the log of the server on this host, found the way
 * collect finds it. The host is a directory tree: a /proc with the recipe's real server command
 * line (real-crash-recipe.sh start_server), whose --log-error is the real full-error.log.
 */
class AnalyzeLocateTest {
  @TempDir Path dir;
  Path proc;
  String out;
  String err;

  @BeforeEach
  void proc() throws Exception {
    proc = Files.createDirectories(dir.resolve("proc/sys/kernel"));
    Files.writeString(proc.resolve("hostname"), "db-1\n");
    proc = dir.resolve("proc");
  }

  private int analyze(HostView host, String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    Io io = new Io(new ByteArrayInputStream(new byte[0]), new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8));
    AnalyzeCommand cmd = new AnalyzeCommand(io);
    cmd.host = host;
    CommandLine cl = new CommandLine(cmd);
    cl.setExecutionExceptionHandler((ex, c, r) -> {
      io.err().println("mycrash: " + ex.getMessage());
      return ExitCodes.BAD_INPUT;
    });
    int code = cl.execute(args);
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
    return code;
  }

  @Test
  void theRunningServersLogIsReadWhenNoneIsGiven() throws Exception {
    Path dd = Files.createDirectories(dir.resolve("crashlab/datadir"));
    Path log = Files.copy(Path.of("samples/mariadb-10.11-full-error.log"), dd.resolve("error.log"));
    Path p = Files.createDirectories(proc.resolve("8247"));
    Files.writeString(p.resolve("comm"), "mariadbd\n");
    Files.write(p.resolve("cmdline"), String.join("\0", "/usr/sbin/mariadbd", "--no-defaults", "--datadir=" + dd,
        "--log-error=" + log, "--core-file", "").getBytes(StandardCharsets.UTF_8));
    Files.createSymbolicLink(p.resolve("cwd"), dd);
    Files.createSymbolicLink(p.resolve("exe"), Path.of("/usr/sbin/mariadbd"));
    assertThat(analyze(new HostView(proc, dir, dir.resolve("none"), dir.resolve("none"), null))).as(err).isZero();
    assertThat(err).isEqualTo("mycrash: reading " + log + " (the running server's --log-error)\n");
    assertThat(out).startsWith(log + "\n").contains("hang abort: InnoDB watchdog killed a hung server (dict_sys.latch)");
  }

  @Test
  void noLogFoundIsBadInputNamingWhereItLooked() {
    // no server runs and no option file names a log: the default <datadir>/<hostname>.err, which is not there
    assertThat(analyze(new HostView(proc, dir, dir.resolve("none"), dir.resolve("none"), null))).isEqualTo(1);
    assertThat(err).contains("mycrash: reading /var/lib/mysql/db-1.err (the default <datadir>/<hostname>.err)");
  }
}
