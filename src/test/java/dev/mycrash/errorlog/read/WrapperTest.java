package dev.mycrash.errorlog.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.errorlog.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each real wrapper of shared/corpus/real is detected from the file and stripped to the server's line. */
class WrapperTest {

  private static Wrapper detect(String fixture) {
    return WrapperDetector.detect(WrapperDetector.sample(Fixtures.text(fixture), 64));
  }

  @Test
  void dockerComposePrefix() {
    assertThat(detect("real/azuracast-4019-mariadb105-compose-semaphore.log")).isEqualTo(Wrapper.COMPOSE);
    assertThat(Wrapper.COMPOSE.strip("mariadb_1                  | 2021-04-15  3:17:06 0 [Warning] InnoDB: A long semaphore wait:"))
        .isEqualTo("2021-04-15  3:17:06 0 [Warning] InnoDB: A long semaphore wait:");
    assertThat(Wrapper.COMPOSE.strip("mariadb_1                  |")).isEmpty();
    assertThat(detect("real/dockermysql-243-mysql57-compose-memmap.log")).isEqualTo(Wrapper.COMPOSE);
  }

  @Test
  void containerNameAndNanosecondTimestamp() {
    assertThat(detect("real/bitnami-241-mariadb105-docker-ts.log")).isEqualTo(Wrapper.CONTAINER_TS);
    assertThat(Wrapper.CONTAINER_TS.strip("mariadb 2021-07-07T11:20:32.491674883+02:00 Server version: 10.5.11-MariaDB"))
        .isEqualTo("Server version: 10.5.11-MariaDB");
    assertThat(Wrapper.CONTAINER_TS.strip("mariadb 2021-07-07T11:20:32.491588165+02:00")).isEmpty();
  }

  @Test
  void fluentBitJsonWithEscapes() {
    assertThat(detect("real/pxc-operator-node0-json.log")).isEqualTo(Wrapper.FLUENT_JSON);
    String line = Fixtures.lines("real/pxc-operator-node0-json.log").get(0);
    assertThat(Wrapper.FLUENT_JSON.strip(line)).isEqualTo(
        "2024-02-09T10:43:18.762309Z 0 [System] [MY-013169] [Server] /usr/sbin/mysqld (mysqld 8.0.32-24.2) initializing of server in progress as process 127");
    assertThat(Wrapper.FLUENT_JSON.strip("{\"log\":\"a \\\"quoted\\\" \\\\ tab\\there\\n\",\"file\":\"x\"}"))
        .isEqualTo("a \"quoted\" \\ tab\there");
  }

  @Test
  void quotedIssueText() {
    assertThat(detect("real/replbug-mysql92993.log")).isEqualTo(Wrapper.QUOTE);
    assertThat(Wrapper.QUOTE.strip("   > 15:31:51 UTC - mysqld got signal 6 ;")).isEqualTo("15:31:51 UTC - mysqld got signal 6 ;");
  }

  @Test
  void syslogPrefix() {
    // no syslog sample in the corpus: the shape of reference §8 ("Mon DD HH:MM:SS host ident[pid]: text")
    assertThat(WrapperDetector.detect(List.of(
            "Nov 23 11:43:44 db1 mariadbd[7502]: 2026-11-23 11:43:44 0 [Note] InnoDB: Using io_uring",
            "Nov 23 11:43:44 db1 mariadbd[7502]: 261123 11:43:44 [ERROR] /usr/sbin/mariadbd got signal 11 ;")))
        .isEqualTo(Wrapper.SYSLOG);
    assertThat(Wrapper.SYSLOG.strip("Nov  3 11:43:44 db1 mariadbd[7502]: Thread pointer: 0x0")).isEqualTo("Thread pointer: 0x0");
  }

  @Test
  void plainServerLogsAreNotMistakenForWrappers() {
    assertThat(detect(Fixtures.FULL)).isEqualTo(Wrapper.NONE);
    assertThat(detect("real/wandb-57docker-pthread-fatal.log")).isEqualTo(Wrapper.NONE);
    assertThat(detect("real/dockermysql-807-mysql80-ddl-assert.log")).isEqualTo(Wrapper.NONE);
    assertThat(detect("real/pt-errlog001.log")).isEqualTo(Wrapper.NONE);
  }
}
