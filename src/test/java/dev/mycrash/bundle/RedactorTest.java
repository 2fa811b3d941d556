package dev.mycrash.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {
  private final Redactor r = Redactor.standard();

  @Test
  void masksPasswordsAndSstAuthKeepingEveryOtherByte() {
    String in = "[client]\nuser = root\npassword = hunter2\n[mysqld]\nwsrep_sst_auth=sstuser:s3cret\r\n"
        + "  loose-Repl-Password = \"x y\"   # comment\nssl-key = /etc/mysql/server-key.pem\n#password = old\n";
    assertThat(r.optionFile(in)).isEqualTo("[client]\nuser = root\npassword = ********\n[mysqld]\nwsrep_sst_auth=********\r\n"
        + "  loose-Repl-Password = ********\nssl-key = /etc/mysql/server-key.pem\n#password = old\n");
  }

  @Test
  void debianServerConfigHasNothingToMask() throws Exception {
    var p = RedactorTest.class.getResource("/collect/options/debian12/etc/mysql/mariadb.conf.d/50-server.cnf");
    String text = java.nio.file.Files.readString(java.nio.file.Path.of(p.toURI()));
    assertThat(r.optionFile(text)).isEqualTo(text);
  }

  @Test
  void masksSecretCommandLineArguments() {
    assertThat(r.argument("--wsrep-sst-auth=u:p")).isEqualTo("--wsrep-sst-auth=********");
    assertThat(r.argument("--datadir=/var/lib/mysql")).isEqualTo("--datadir=/var/lib/mysql");
    assertThat(r.isSecret("loose_rpl_semi_sync_master_password")).isTrue();
    assertThat(r.isSecret("default_password_lifetime")).isFalse();
  }
}
