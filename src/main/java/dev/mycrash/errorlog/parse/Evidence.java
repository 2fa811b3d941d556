package dev.mycrash.errorlog.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Product and version evidence outside full crash blocks, for logs that print no start or ready
 * line. Real lines:
 *
 * <pre>
 * Server version: 10.5.11-MariaDB                                    (report whose header was cut)
 * You may download the Percona Server operations manual by visiting  (Percona's crash trailer)
 * 2023-02-26 23:26:43 0 [Note] mariadbd (initiated by: unknown): Normal shutdown
 * </pre>
 */
final class Evidence {
  private static final Pattern SERVER_VERSION = Pattern.compile("(?:^|\\s)Server version: (\\S+)");
  private static final Pattern MARIADBD = Pattern.compile("(?:^|[\\s/])mariadbd(?::| \\(initiated by)");
  private final StringBuilder hints = new StringBuilder();
  private String version;

  void accept(String t) {
    if (t.contains("ersion: ")) {
      Matcher m = SERVER_VERSION.matcher(t);
      if (m.find()) {
        version = m.group(1);
      }
    }
    if (hints.length() < 4096 && (t.contains("Percona Server") || t.contains("mariadbd") && MARIADBD.matcher(t).find())) {
      hints.append(t).append('\n');
    }
  }

  String version() {
    return version;
  }

  /** The product these lines name, or null. */
  String product() {
    String h = hints.toString().replace("mariadbd", "MariaDB");
    return version == null && h.isEmpty() ? null : ProductDetector.detect(version, null, h);
  }
}
