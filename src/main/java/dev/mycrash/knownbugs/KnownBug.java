package dev.mycrash.knownbugs;

import java.util.List;
import java.util.Set;

/**
 * One entry of the known-bug database, as written in {@code known-bugs/<ID>.yaml} (format:
 * known-bugs/README.md). Validated on construction.
 *
 * @param id e.g. MDEV-32174; must equal the file name
 * @param title one line
 * @param url http(s) link to the report
 * @param products any of MySQL, Percona Server, PXC, MariaDB
 * @param status open, fixed, wontfix, duplicate or not-a-bug
 * @param versions per release line; required when fixed
 * @param match the matchers
 * @param advice optional advice
 * @param source where the fixture's stack comes from
 */
public record KnownBug(
    String id,
    String title,
    String url,
    List<String> products,
    String status,
    List<VersionLine> versions,
    Matchers match,
    Advice advice,
    String source) {
  static final Set<String> PRODUCTS = Set.of("MySQL", "Percona Server", "PXC", "MariaDB");
  static final Set<String> STATUSES = Set.of("open", "fixed", "wontfix", "duplicate", "not-a-bug");

  public KnownBug {
    require("id", id);
    require("title", title);
    require("url", url);
    require("status", status);
    require("source", source);
    if (!id.matches("[A-Z][A-Z0-9]*-\\d+")) {
      throw new IllegalArgumentException("id '" + id + "' is not like MDEV-32174");
    }
    if (title.contains("\n")) {
      throw new IllegalArgumentException("title must be one line");
    }
    if (!url.matches("https?://\\S+")) {
      throw new IllegalArgumentException("url is not http(s): " + url);
    }
    if (products == null || products.isEmpty()) {
      throw new IllegalArgumentException("products is required");
    }
    for (String p : products) {
      if (!PRODUCTS.contains(p)) {
        throw new IllegalArgumentException("unknown product '" + p + "' (MySQL, Percona Server, PXC, MariaDB)");
      }
    }
    if (!STATUSES.contains(status)) {
      throw new IllegalArgumentException("unknown status '" + status + "' (" + String.join(", ", STATUSES) + ")");
    }
    versions = versions == null ? List.of() : List.copyOf(versions);
    if (status.equals("fixed") && versions.isEmpty()) {
      throw new IllegalArgumentException("versions are required when status is fixed");
    }
    if (match == null) {
      throw new IllegalArgumentException("match is required");
    }
    products = List.copyOf(products);
  }

  private static void require(String key, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(key + " is required");
    }
  }
}
