package dev.mycrash.errorlog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.errorlog.model.Analysis;
import dev.mycrash.errorlog.model.CrashReport;
import dev.mycrash.errorlog.model.Lifetime;
import org.junit.jupiter.api.Test;

/** Facts in logs that lack the usual start line, Version line or crash header. */
class EvidenceOutsideBlocksTest {

  @Test
  void anAssertionThatNoHeaderFollowsIsACrash() {
    // dockermysql-807: two "[InnoDB] Assertion failure: ddl0buffer.cc:204:ptr < bounds.second" (lines 12, 20),
    // "We intentionally generate a memory trap.", then the excerpt ends before "got signal"
    Analysis a = Fixtures.all("real/dockermysql-807-mysql80-ddl-assert.log");
    assertThat(a.crashes()).hasSize(1);
    CrashReport c = a.crashes().get(0);
    assertThat(c.signal()).isNull();
    assertThat(c.firstLine()).isEqualTo(12L);
    assertThat(c.assertion().file()).isEqualTo("ddl0buffer.cc");
    assertThat(c.assertion().line()).isEqualTo(204);
    assertThat(c.assertion().expression()).isEqualTo("ptr < bounds.second");
    assertThat(a.lifetimes()).extracting(Lifetime::end).containsExactly("crash");
    assertThat(a.product()).isNull();
  }

  @Test
  void serverVersionOfAReportWithoutItsHeaderNamesTheServer() {
    // bitnami-241 line 9: "mariadb <ts> Server version: 10.5.11-MariaDB"; boilerplate alone is no crash
    Analysis a = Fixtures.all("real/bitnami-241-mariadb105-docker-ts.log");
    assertThat(a.product()).isEqualTo("MariaDB");
    assertThat(a.version()).isEqualTo("10.5.11-MariaDB");
    assertThat(a.crashes()).isEmpty();
  }

  @Test
  void perconaTrailerNamesTheProduct() {
    // trellix-118 line 1: "You may download the Percona Server operations manual by visiting"
    Analysis a = Fixtures.all("real/trellix-118-ps5620-restart.log");
    assertThat(a.product()).isEqualTo("Percona Server");
    assertThat(a.version()).isNull();
  }

  @Test
  void aMysqlBugLinkAloneNamesNoProduct() {
    // pt-errlog004: 5.1 crash report with "bugs.mysql.com" but no version string anywhere
    Analysis a = Fixtures.all("real/pt-errlog004.log");
    assertThat(a.crashes()).hasSize(1);
    assertThat(a.product()).isNull();
  }
}
