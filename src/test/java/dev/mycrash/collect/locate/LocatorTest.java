package dev.mycrash.collect.locate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocatorTest {
  @TempDir Path dir;
  Path proc;

  @BeforeEach
  void proc() throws Exception {
    proc = Files.createDirectories(dir.resolve("proc/sys/kernel"));
    Files.writeString(proc.resolve("hostname"), "db-1\n");
    proc = dir.resolve("proc");
  }

  static Path fixture(String name) {
    try {
      return Path.of(LocatorTest.class.getResource("/collect/options/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private HostView host(Path root) {
    return new HostView(proc, root, dir.resolve("none"), dir.resolve("none"), null);
  }

  /** A fake /proc/PID for the recipe's own command line (real-crash-recipe.sh start_server). */
  private void runningServer(long pid, String comm, Path cwd, String... argv) throws Exception {
    Path p = Files.createDirectories(proc.resolve(Long.toString(pid)));
    Files.writeString(p.resolve("comm"), comm + "\n");
    Files.write(p.resolve("cmdline"), (String.join("\0", argv) + "\0").getBytes(StandardCharsets.UTF_8));
    Files.createSymbolicLink(p.resolve("cwd"), cwd);
    Files.createSymbolicLink(p.resolve("exe"), Path.of(argv[0]));
  }

  @Test
  void runningServersCommandLineNamesLogAndDatadir() throws Exception {
    Path dd = Files.createDirectories(dir.resolve("crashlab/datadir"));
    runningServer(7747, "mariadbd", dd, "/usr/sbin/mariadbd", "--no-defaults", "--user=root", "--datadir=" + dd,
        "--socket=" + dd + "/mysqld.sock", "--port=33061", "--log-error=" + dd + "/error.log", "--core-file");
    Locations l = new Locator(host(fixture("rhel"))).locate(LocateRequest.none());
    assertThat(l.server().pid()).isEqualTo(7747);
    assertThat(l.datadir()).isEqualTo(dd);
    assertThat(l.datadirFrom()).isEqualTo("the running server's --datadir");
    assertThat(l.errorLog()).isEqualTo(dd.resolve("error.log"));
    assertThat(l.mysqld()).isEqualTo(Path.of("/usr/sbin/mariadbd"));
    assertThat(l.optionFiles().filesRead()).as("--no-defaults: no option file read").isEmpty();
  }

  @Test
  void rhelOptionFilesNameLogAndDatadirWhenNoServerRuns() {
    Locations l = new Locator(host(fixture("rhel"))).locate(LocateRequest.none());
    assertThat(l.server()).isNull();
    assertThat(l.errorLog()).isEqualTo(Path.of("/var/log/mariadb/mariadb.log"));
    assertThat(l.errorLogFrom()).isEqualTo("log-error in the option files");
    assertThat(l.datadir()).isEqualTo(Path.of("/var/lib/mysql"));
    assertThat(l.datadirFrom()).isEqualTo("datadir in the option files");
  }

  @Test
  void debianDefaultsGiveHostnameDotErrInTheDefaultDatadir() {
    Locations l = new Locator(host(fixture("debian12"))).locate(LocateRequest.none());
    assertThat(l.errorLog()).isEqualTo(Path.of("/var/lib/mysql/db-1.err"));
    assertThat(l.errorLogFrom()).isEqualTo("the default <datadir>/<hostname>.err");
    assertThat(l.datadirFrom()).isEqualTo("the default datadir");
    assertThat(l.optionFiles().filesRead()).contains(Path.of("/etc/mysql/mariadb.conf.d/50-server.cnf"));
  }

  @Test
  void flagsWinOverEverything() throws Exception {
    Path dd = Files.createDirectories(dir.resolve("dd"));
    runningServer(100, "mysqld", dd, "/usr/sbin/mysqld", "--datadir=/elsewhere", "--log-error=x.err");
    Locations l = new Locator(host(fixture("rhel"))).locate(
        new LocateRequest(Path.of("/given/error.log"), Path.of("/given/dd"), null, Path.of("/opt/mysqld"), null, true, null));
    assertThat(l.errorLog()).isEqualTo(Path.of("/given/error.log"));
    assertThat(l.datadir()).isEqualTo(Path.of("/given/dd"));
    assertThat(l.mysqld()).isEqualTo(Path.of("/opt/mysqld"));
    assertThat(l.mysqldFrom()).isEqualTo("--mysqld");
  }

  @Test
  void twoRunningServersAreNotGuessedBetween() throws Exception {
    Path dd = Files.createDirectories(dir.resolve("dd"));
    runningServer(100, "mysqld", dd, "/usr/sbin/mysqld");
    runningServer(200, "mariadbd", dd, "/usr/sbin/mariadbd");
    Locations l = new Locator(host(fixture("rhel"))).locate(LocateRequest.none());
    assertThat(l.server()).isNull();
    assertThat(l.notes()).containsExactly("2 mysqld/mariadbd processes are running; none was picked (use --pid)");
    Locations picked = new Locator(host(fixture("rhel"))).locate(new LocateRequest(null, null, null, null, null, false, 200L));
    assertThat(picked.server().exe()).isEqualTo(Path.of("/usr/sbin/mariadbd"));
  }

  @Test
  void logErrorValueSemantics() {
    Path dd = Path.of("/var/lib/mysql");
    assertThat(Locator.logPath("", dd, "db-1")).isEqualTo(Path.of("/var/lib/mysql/db-1.err"));
    assertThat(Locator.logPath("mysqld", dd, "db-1")).isEqualTo(Path.of("/var/lib/mysql/mysqld.err"));
    assertThat(Locator.logPath("logs/error.log", dd, "db-1")).isEqualTo(Path.of("/var/lib/mysql/logs/error.log"));
    assertThat(Locator.logPath("/var/log/mysql/error.log", dd, "db-1")).isEqualTo(Path.of("/var/log/mysql/error.log"));
  }

  @Test
  void versionGroupsCountOnceTheLogToldTheVersion() throws Exception {
    Path root = Files.createDirectories(dir.resolve("root/etc"));
    Files.writeString(root.resolve("my.cnf"), "[mysqld]\ndatadir=/srv/db\n[mariadb-10.11]\nlog-error=/var/log/mysql/1011.err\n");
    Locator l = new Locator(host(dir.resolve("root")));
    assertThat(l.locate(LocateRequest.none()).errorLog()).isEqualTo(Path.of("/srv/db/db-1.err"));
    assertThat(l.locate(LocateRequest.none(), "10.11.19-MariaDB-0+deb12u1").errorLog()).isEqualTo(Path.of("/var/log/mysql/1011.err"));
    assertThat(l.locate(LocateRequest.none(), "10.6.21-MariaDB").errorLog()).isEqualTo(Path.of("/srv/db/db-1.err"));
  }
}
