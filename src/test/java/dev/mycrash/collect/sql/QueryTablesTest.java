package dev.mycrash.collect.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.collect.options.OptionFiles;
import dev.mycrash.collect.options.OptionSetting;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTablesTest {
  @Test
  void theRealCrashingQueryNamesT1() {
    // Query line of udf_segv.log (generated-here corpus)
    assertThat(QueryTables.of("SELECT id, v, crash_segv() FROM t1 WHERE id = 1")).containsExactly("t1");
  }

  @Test
  void joinsSchemasBackquotesCommaListsAndDml() {
    assertThat(QueryTables.of("select * from `shop`.`orders` o, items AS i join customers c on c.id=o.cid where 1"))
        .containsExactly("shop.orders", "items", "customers");
    assertThat(QueryTables.of("UPDATE t2 SET a=1")).containsExactly("t2");
    assertThat(QueryTables.of("INSERT INTO db.t3 VALUES (1)")).containsExactly("db.t3");
    assertThat(QueryTables.of("CREATE TABLE waiter_1 (id INT PRIMARY KEY) ENGINE=InnoDB")).containsExactly("waiter_1");
    assertThat(QueryTables.of("SELECT 1 FROM DUAL")).isEmpty();
    assertThat(QueryTables.of(null)).isEmpty();
  }

  @Test
  void clientGroupsGiveUserPasswordAndSocket() {
    Path f = Path.of("/etc/mysql/debian.cnf");
    OptionFiles files = new OptionFiles(List.of(f), List.of(
        new OptionSetting(f, 2, "client", "user", "root", false),
        new OptionSetting(f, 3, "client", "password", "pw", false),
        new OptionSetting(f, 4, "client-server", "socket", "/run/mysqld/mysqld.sock", false),
        new OptionSetting(f, 5, "mysqldump", "user", "dumper", false)), List.of());
    ServerAddress a = ServerAddress.of(null, null, null, null, files, null);
    assertThat(a).isEqualTo(new ServerAddress(null, 3306, "/run/mysqld/mysqld.sock", "root", "pw"));
    assertThat(a.url()).isEqualTo("jdbc:mariadb://localhost/?localSocket=/run/mysqld/mysqld.sock&connectTimeout=3000&socketTimeout=15000");
    assertThat(ServerAddress.of("db1", 3307, null, "u", files, null).url()).startsWith("jdbc:mariadb://db1:3307/?");
  }
}
