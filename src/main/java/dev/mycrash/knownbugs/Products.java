package dev.mycrash.knownbugs;

import java.util.List;
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

  /**
   * True when a bug filed against {@code bugProducts} can show in {@code product}: Percona Server
   * carries MySQL's code, PXC carries Percona Server's; MariaDB only its own. A null product
   * (version unknown) is compatible with everything.
   */
  public static boolean compatible(List<String> bugProducts, String product) {
    if (product == null || bugProducts.contains(product)) {
      return true;
    }
    return switch (product) {
      case "Percona Server" -> bugProducts.contains("MySQL");
      case "PXC" -> bugProducts.contains("MySQL") || bugProducts.contains("Percona Server");
      default -> false;
    };
  }
}
