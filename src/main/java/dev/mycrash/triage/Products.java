package dev.mycrash.triage;

import java.util.Locale;

/** The product a version string names: "10.11.19-MariaDB-0+deb12u1" is MariaDB. */
public final class Products {
  private Products() {}

  /** MariaDB, PXC, Percona Server or MySQL; null for a null version. */
  public static String of(String version) {
    if (version == null) {
      return null;
    }
    String v = version.toLowerCase(Locale.ROOT);
    if (v.contains("mariadb")) {
      return "MariaDB";
    }
    if (v.contains("xtradb cluster") || v.contains("pxc")) {
      return "PXC";
    }
    if (v.contains("percona") || v.matches("\\d+\\.\\d+\\.\\d+-\\d+.*")) {
      return "Percona Server";
    }
    return "MySQL";
  }
}
