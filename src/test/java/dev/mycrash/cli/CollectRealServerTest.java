package dev.mycrash.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.bundle.BundleReader;
import dev.mycrash.process.ProcessResult;
import dev.mycrash.process.ProcessRunner;
import dev.mycrash.process.ProcessSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against a real MariaDB started here (throwaway datadir, own socket, no TCP): the SQL part of
 * the bundle has the server's version, its InnoDB status and process list, and the SHOW CREATE
 * TABLE of the table the crashing query of the real udf_segv log names (crashtest.t1, made as the
 * crash recipe makes it); with --attach, gdb's stacks of the running server, which still answers.
 */
@Tag("real-server")
class CollectRealServerTest {
  @TempDir Path dir;
  private final ProcessRunner runner = ProcessRunner.system();

  @Test
  void sqlPartHasVersionAndShowCreateTableOfTheQueryTable() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/mariadbd")), "MariaDB is not installed");
    Path dd = dir.resolve("datadir");
    Path sock = dir.resolve("s.sock");
    ProcessResult init = runner.run(ProcessSpec.of(Duration.ofSeconds(120), "mariadb-install-db", "--no-defaults", "--user=root",
        "--datadir=" + dd, "--skip-test-db", "--auth-root-authentication-method=normal").withEnv(Map.of("TMPDIR", dir.toString())));
    assertThat(init.ok()).as(init.stdout() + init.stderr()).isTrue();
    Process server = new ProcessBuilder("/usr/sbin/mariadbd", "--no-defaults", "--user=root", "--datadir=" + dd, "--socket=" + sock,
        "--skip-networking", "--log-error=" + dd.resolve("error.log"), "--tmpdir=" + dir).redirectErrorStream(true)
        .redirectOutput(dir.resolve("server.out").toFile()).start();
    try {
      for (int i = 0; i < 300 && !Files.exists(sock); i++) {
        Thread.sleep(100);
      }
      ProcessResult sql = runner.run(ProcessSpec.of(Duration.ofSeconds(30), "mariadb", "--no-defaults", "-uroot", "-S", sock.toString(), "-e",
          "CREATE DATABASE crashtest; CREATE TABLE crashtest.t1 (id INT PRIMARY KEY, v VARCHAR(20)) ENGINE=InnoDB"));
      assertThat(sql.ok()).as(sql.stderr()).isTrue();
      CollectCommandTest t = new CollectCommandTest();
      Path out = Files.createDirectories(dir.resolve("out"));
      assertThat(t.run("collect", "--error-log", CollectCommandTest.log("udf_segv.log").toString(), "--no-core", "--no-defaults",
          "--socket", sock.toString(), "--user", "root", "-o", out.toString())).as(t.err).isZero();
      Map<String, BundleReader.Read> b = CollectCommandTest.verified(Path.of(t.out.strip()));
      assertThat(new String(b.get("sql/version.txt").content(), StandardCharsets.UTF_8)).startsWith("10.");
      assertThat(new String(b.get("sql/show-create-table.sql").content(), StandardCharsets.UTF_8))
          .startsWith("-- crashtest.t1\nCREATE TABLE `t1` (").contains("`v` varchar(20)");
      assertThat(new String(b.get("sql/global-variables.tsv").content(), StandardCharsets.UTF_8)).contains("datadir\t" + dd);
      assertThat(new String(b.get("sql/innodb-status.txt").content(), StandardCharsets.UTF_8))
          .contains("INNODB MONITOR OUTPUT").contains("SEMAPHORES").contains("END OF INNODB MONITOR OUTPUT");
      assertThat(new String(b.get("sql/processlist.tsv").content(), StandardCharsets.UTF_8)).contains("SHOW FULL PROCESSLIST");

      // --attach: gdb reads the running server's threads (a hung server's stacks), and the server goes on
      Assumptions.assumeTrue(runner.run(ProcessSpec.of(Duration.ofSeconds(10), "gdb", "--version")).ok(), "gdb is not installed");
      assertThat(t.run("collect", "--error-log", dd.resolve("error.log").toString(), "--no-core", "--no-defaults", "--no-sql",
          "--attach", "--pid", Long.toString(server.pid()), "-o", out.toString())).as(t.err).isZero();
      Map<String, BundleReader.Read> live = CollectCommandTest.verified(Path.of(t.out.strip()));
      String stacks = new String(live.get("gdb-live/gdb_standard.txt").content(), StandardCharsets.UTF_8);
      assertThat(stacks).contains("Thread 1 ").contains("mysqld_main");
      assertThat(live.keySet()).contains("gdb-live/gdb_sharedlibrary.txt").noneMatch(k -> k.startsWith("gdb/"));
      ProcessResult alive = runner.run(ProcessSpec.of(Duration.ofSeconds(30), "mariadb", "--no-defaults", "-uroot", "-S", sock.toString(),
          "-N", "-e", "SELECT 1"));
      assertThat(alive.stdout().strip()).as("the server still answers after gdb detached: " + alive.stderr()).isEqualTo("1");
    } finally {
      server.destroy(); // SIGTERM to the server this test started, and only to it
      server.waitFor();
    }
  }
}
