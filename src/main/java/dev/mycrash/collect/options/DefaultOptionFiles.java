package dev.mycrash.collect.options;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where mysqld looks for option files when it is not given {@code --defaults-file}, in reading
 * order (later files win): {@code /etc/my.cnf}, {@code /etc/mysql/my.cnf} (Debian's, which
 * includes {@code conf.d/} and {@code mariadb.conf.d/}), {@code $MYSQL_HOME/my.cnf} (MariaDB
 * also {@code $MARIADB_HOME}), the {@code --defaults-extra-file}, then {@code ~/.my.cnf} of the
 * user running the server. RHEL's {@code /etc/my.cnf} includes {@code /etc/my.cnf.d}.
 */
public final class DefaultOptionFiles {
  private DefaultOptionFiles() {}

  /**
   * @param env the server's environment (MYSQL_HOME, MARIADB_HOME), possibly empty
   * @param home the home directory of the server's user, or null
   * @param extraFile the {@code --defaults-extra-file}, or null
   */
  public static List<Path> of(Map<String, String> env, Path home, Path extraFile) {
    List<Path> files = new ArrayList<>(List.of(Path.of("/etc/my.cnf"), Path.of("/etc/mysql/my.cnf")));
    String mh = env.getOrDefault("MARIADB_HOME", env.get("MYSQL_HOME"));
    if (mh != null && !mh.isEmpty()) {
      files.add(Path.of(mh, "my.cnf"));
    }
    if (extraFile != null) {
      files.add(extraFile);
    }
    if (home != null) {
      files.add(home.resolve(".my.cnf"));
    }
    return List.copyOf(files);
  }
}
