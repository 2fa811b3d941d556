package dev.mycrash.errorlog.parse;

import java.util.regex.Pattern;

/**
 * Names the product from a version string ({@code 10.11.19-MariaDB-0+deb12u1},
 * {@code 5.6.20-68.0}, {@code 8.0.32-24.2}), the compile comment of the Version line
 * ({@code Percona XtraDB Cluster (GPL), Release rel24, ...}, {@code MariaDB Server}) and texts
 * only one product prints in its crash report (Percona's manual trailer, PXC's bug-tracker line,
 * MariaDB's jira URL). A MySQL link alone ({@code bugs.mysql.com}) names no product: every fork
 * prints it.
 */
public final class ProductDetector {
  public static final String MYSQL = "MySQL";
  public static final String MARIADB = "MariaDB";
  public static final String PERCONA = "Percona Server";
  public static final String PXC = "PXC";

  private static final Pattern PERCONA_RELEASE = Pattern.compile("^\\d+\\.\\d+\\.\\d+-\\d+(?:\\.\\d+)?(?:-|$)");

  private ProductDetector() {}

  /** The product, or null when nothing names one. Any argument may be null. */
  public static String detect(String version, String comment, String hints) {
    String v = version == null ? "" : version;
    String all = v + "\n" + (comment == null ? "" : comment) + "\n" + (hints == null ? "" : hints);
    if (all.contains("MariaDB") || all.contains("mariadb.org") || all.contains("mariadb.com")) {
      return MARIADB;
    }
    if (all.contains("Percona XtraDB Cluster") || all.contains("percona-xtradb-cluster")) {
      return PXC;
    }
    if (all.contains("Percona Server") || all.contains("percona.com") || PERCONA_RELEASE.matcher(v).find()) {
      return PERCONA;
    }
    if (!v.isEmpty()) {
      return MYSQL;
    }
    return null;
  }
}
