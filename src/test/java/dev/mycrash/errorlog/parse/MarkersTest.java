package dev.mycrash.errorlog.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.errorlog.parse.Marker.Kind;
import org.junit.jupiter.api.Test;

/**
 * The pid and program start and ready lines name. Lines copied from: corpus/real
 * chessdata-38-mysql842-docker-start.log:6, pxc-operator-node0-json.log:1 (the JSON "log" text),
 * trellix-118-ps5620-restart.log:5, pt-errlog001.log:13; corpus/generated-here full-error.log:1;
 * shared/seeds/percona-blog-digest-mysql-is-crashing.txt:98 (a Percona Server 5.6 log quoted in a
 * Percona blog post).
 */
class MarkersTest {
  @Test
  void mysql8StartLineNamesPidProgramAndVersion() {
    Marker m = Markers.classify(
        "2024-09-07T15:30:13.229030Z 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.4.2) starting as process 1");
    assertThat(m.kind()).isEqualTo(Kind.START);
    assertThat(m.startKind()).isEqualTo("process");
    assertThat(m.pid()).isEqualTo(1L);
    assertThat(m.program()).isEqualTo("/usr/sbin/mysqld");
    assertThat(m.version()).isEqualTo("8.4.2");
    assertThat(m.stamp()).isEqualTo("2024-09-07T15:30:13.229030Z");
  }

  @Test
  void mysql56StartLineWithTrailingDots() {
    Marker m = Markers.classify("2015-08-03 14:25:12 0 [Note] /home/sveta/SharedData/Downloads/5.6.25/bin/mysqld "
        + "(mysqld 5.6.25-73.1-log) starting as process 10038 ...");
    assertThat(m.pid()).isEqualTo(10038L);
    assertThat(m.program()).isEqualTo("/home/sveta/SharedData/Downloads/5.6.25/bin/mysqld");
    assertThat(m.version()).isEqualTo("5.6.25-73.1-log");
  }

  @Test
  void mariadb1011StartLineNamesPidButNoProgram() {
    Marker m = Markers.classify("2026-11-23 11:43:44 0 [Note] Starting MariaDB 10.11.19-MariaDB-0+deb12u1 source revision "
        + "5843d8475120241667a7ce0f8a1abb6c9b43a273 server_uid zWZcWDFw8z97mlnZ2nwLEE/dfR8= as process 7502");
    assertThat(m.startKind()).isEqualTo("mariadb");
    assertThat(m.pid()).isEqualTo(7502L);
    assertThat(m.program()).isNull();
    assertThat(m.version()).isEqualTo("10.11.19-MariaDB-0+deb12u1");
  }

  @Test
  void initializeRunNamesItsPid() {
    Marker m = Markers.classify("2024-02-09T10:43:18.762309Z 0 [System] [MY-013169] [Server] /usr/sbin/mysqld (mysqld 8.0.32-24.2) "
        + "initializing of server in progress as process 127");
    assertThat(m.startKind()).isEqualTo("initialize");
    assertThat(m.pid()).isEqualTo(127L);
    assertThat(m.program()).isEqualTo("/usr/sbin/mysqld");
  }

  @Test
  void mysqldSafeRestartNamesNoPid() {
    Marker m = Markers.classify("150724 09:52:48 mysqld_safe mysqld restarted");
    assertThat(m.startKind()).isEqualTo("mysqld_safe");
    assertThat(m.stamp()).isEqualTo("150724 09:52:48");
    assertThat(m.pid()).isNull();
    assertThat(m.program()).isNull();
  }

  @Test
  void readyLineNamesTheProgram() {
    Marker m = Markers.classify("080721  3:11:12 [Note] /usr/libexec/mysqld: ready for connections.");
    assertThat(m.kind()).isEqualTo(Kind.READY);
    assertThat(m.program()).isEqualTo("/usr/libexec/mysqld");
    assertThat(m.pid()).isNull();
  }
}
