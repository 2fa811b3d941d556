package dev.mycrash.collect.options;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The option-file groups a server reads. MySQL and Percona Server read {@code [mysqld]},
 * {@code [server]} and {@code [mysqld-X.Y]}; MariaDB also reads {@code [client-server]},
 * {@code [mariadb]}, {@code [mariadbd]}, their {@code -X.Y} forms and {@code [galera]}. With
 * {@code --defaults-group-suffix=S} each group is also read with S appended.
 */
public final class ServerGroups {
  private static final Pattern MAJOR_MINOR = Pattern.compile("(\\d+)\\.(\\d+)");

  private ServerGroups() {}

  /**
   * @param mariadb true for MariaDB (or unknown: reading more groups finds more)
   * @param version the server version as printed ({@code 10.11.19-MariaDB-0+deb12u1}), or null
   * @param suffix the {@code --defaults-group-suffix}, or null
   */
  public static Set<String> of(boolean mariadb, String version, String suffix) {
    Set<String> base = new LinkedHashSet<>();
    String xy = majorMinor(version);
    base.add("mysqld");
    base.add("server");
    if (xy != null) {
      base.add("mysqld-" + xy);
    }
    if (mariadb) {
      for (String g : new String[] {"mariadb", "mariadbd"}) {
        base.add(g);
        if (xy != null) {
          base.add(g + "-" + xy);
        }
      }
      base.add("client-server");
      base.add("galera");
    }
    if (suffix == null || suffix.isEmpty()) {
      return Set.copyOf(base);
    }
    Set<String> out = new LinkedHashSet<>(base);
    base.forEach(g -> out.add(g + suffix.toLowerCase(java.util.Locale.ROOT)));
    return Set.copyOf(out);
  }

  static String majorMinor(String version) {
    if (version == null) {
      return null;
    }
    Matcher m = MAJOR_MINOR.matcher(version);
    return m.find() ? m.group(1) + "." + m.group(2) : null;
  }
}
