package dev.mycrash.collect.options;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionFileReaderTest {
  private static final Set<String> MARIADB_1011 = ServerGroups.of(true, "10.11.19-MariaDB-0+deb12u1", null);

  static Path fixture(String name) {
    try {
      return Path.of(OptionFileReaderTest.class.getResource("/collect/options/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void debianMyCnfFollowsBothIncludeDirsInNameOrder() {
    OptionFiles o = new OptionFileReader(fixture("debian12")).read(Path.of("/etc/mysql/my.cnf"));
    assertThat(o.filesRead()).extracting(Path::toString).containsExactly(
        "/etc/mysql/my.cnf",
        "/etc/mysql/conf.d/mysql.cnf",
        "/etc/mysql/conf.d/mysqldump.cnf",
        "/etc/mysql/mariadb.conf.d/50-client.cnf",
        "/etc/mysql/mariadb.conf.d/50-mysql-clients.cnf",
        "/etc/mysql/mariadb.conf.d/50-mysqld_safe.cnf",
        "/etc/mysql/mariadb.conf.d/50-server.cnf",
        "/etc/mysql/mariadb.conf.d/60-galera.cnf",
        "/etc/mysql/mariadb.conf.d/provider_bzip2.cnf",
        "/etc/mysql/mariadb.conf.d/provider_lz4.cnf",
        "/etc/mysql/mariadb.conf.d/provider_lzma.cnf",
        "/etc/mysql/mariadb.conf.d/provider_lzo.cnf",
        "/etc/mysql/mariadb.conf.d/provider_snappy.cnf");
    assertThat(o.problems()).isEmpty();
  }

  @Test
  void debianServerSeesClientServerSocketAndMysqldSettingsButNotClientGroups() {
    OptionFiles o = new OptionFileReader(fixture("debian12")).read(Path.of("/etc/mysql/my.cnf"));
    Map<String, String> eff = o.effective(MARIADB_1011);
    assertThat(eff).containsEntry("socket", "/run/mysqld/mysqld.sock")
        .containsEntry("pid_file", "/run/mysqld/mysqld.pid")
        .containsEntry("basedir", "/usr")
        .containsEntry("bind_address", "127.0.0.1")
        .containsEntry("character_set_server", "utf8mb4")
        .containsEntry("expire_logs_days", "10")
        .doesNotContainKeys("datadir", "log_error", "max_allowed_packet", "quick", "nice", "skip_log_error");
    // mysqld_safe's own group is not the server's
    assertThat(o.effective(Set.of("mysqld_safe"))).containsKey("skip_log_error").containsEntry("nice", "0");
  }

  @Test
  void mysqlServerDoesNotReadTheClientServerGroup() {
    OptionFiles o = new OptionFileReader(fixture("debian12")).read(Path.of("/etc/mysql/my.cnf"));
    assertThat(o.effective(ServerGroups.of(false, "8.0.36", null))).doesNotContainKey("socket").containsKey("pid_file");
  }

  @Test
  void rhelMyCnfIncludesMyCnfDAndSetsLogErrorAndDatadir() {
    OptionFiles o = new OptionFileReader(fixture("rhel")).readDefaults(List.of(Path.of("/etc/my.cnf"), Path.of("/etc/mysql/my.cnf")));
    assertThat(o.filesRead()).extracting(Path::toString)
        .containsExactly("/etc/my.cnf", "/etc/my.cnf.d/client.cnf", "/etc/my.cnf.d/mariadb-server.cnf");
    assertThat(o.value(MARIADB_1011, "log-error")).hasValue("/var/log/mariadb/mariadb.log");
    assertThat(o.value(MARIADB_1011, "datadir")).hasValue("/var/lib/mysql");
  }

  @Test
  void edgeRulesQuotesCommentsLooseDashesAndLaterWins() {
    OptionFiles o = OptionFileReader.system().read(fixture("edge").resolve("my.cnf"));
    Map<String, String> eff = o.effective(ServerGroups.of(false, "8.0.36", null));
    assertThat(eff).containsEntry("log_error", "second.err")
        .containsEntry("innodb_buffer_pool_size", "1G")
        .containsEntry("init_connect", "SET NAMES utf8 # not a comment")
        .containsEntry("general_log_file", "/var/log/my sql.log")
        .containsEntry("tmpdir", "/tmp\\scratch")
        .containsEntry("port", "3307")
        .containsKey("skip_name_resolve");
    assertThat(eff.get("skip_name_resolve")).isNull();
    assertThat(o.settings()).filteredOn(s -> s.name().equals("log_error")).extracting(OptionSetting::loose).containsExactly(false, true);
  }

  @Test
  void missingIncludeIsReportedAndReadingGoesOn() {
    OptionFiles o = OptionFileReader.system().read(fixture("edge").resolve("my.cnf"));
    assertThat(o.problems()).containsExactly("/etc/missing.cnf: not found");
    assertThat(o.value(ServerGroups.of(true, "10.6.1", null), "wsrep-sst-auth")).hasValue("sstuser:s3cret");
    assertThat(o.value(ServerGroups.of(false, "8.0.36", null), "wsrep_sst_auth")).isEmpty();
  }

  @Test
  void versionGroupsFollowTheServerVersion() {
    assertThat(ServerGroups.of(true, "10.11.19-MariaDB-0+deb12u1", null))
        .containsExactlyInAnyOrder("mysqld", "server", "mysqld-10.11", "mariadb", "mariadb-10.11", "mariadbd", "mariadbd-10.11",
            "client-server", "galera");
    assertThat(ServerGroups.of(false, "8.0.36-28", ".a")).containsExactlyInAnyOrder("mysqld", "server", "mysqld-8.0",
        "mysqld.a", "server.a", "mysqld-8.0.a");
  }

  @Test
  void worldWritableFileIsIgnoredAsMysqldIgnoresIt(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path f = java.nio.file.Files.writeString(dir.resolve("my.cnf"), "[mysqld]\ndatadir=/srv/db\n");
    java.nio.file.Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-rw-"));
    OptionFiles o = OptionFileReader.system().read(f);
    assertThat(o.filesRead()).isEmpty();
    assertThat(o.problems()).containsExactly(f + ": world-writable, so mysqld ignores it (read here neither)");
    java.nio.file.Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    assertThat(OptionFileReader.system().read(f).value(Set.of("mysqld"), "datadir")).hasValue("/srv/db");
  }
}
