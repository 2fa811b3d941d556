package dev.mycrash.knownbugs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A release number as the database writes it ({@code N.N[.N][-suffix]}: "10.6.16", "8.0",
 * "8.0.32-24"), or the leading number of a running server's version string
 * ("10.11.19-MariaDB-0+deb12u1" gives 10.11.19). Ordered numerically; the suffix is ignored.
 *
 * @param parts the numeric parts, e.g. [10, 6, 16]
 */
public record Version(List<Integer> parts) implements Comparable<Version> {
  private static final Pattern STRICT = Pattern.compile("^\\d+\\.\\d+(\\.\\d+)?(-[0-9A-Za-z.+_-]+)?$");
  private static final Pattern LEADING = Pattern.compile("^(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

  public Version {
    if (parts == null || parts.size() < 2) {
      throw new IllegalArgumentException("a version has at least two parts");
    }
    parts = List.copyOf(parts);
  }

  /** Parses the database form; IllegalArgumentException when it is not {@code N.N[.N][-suffix]}. */
  public static Version parse(String text) {
    if (text == null || !STRICT.matcher(text).matches()) {
      throw new IllegalArgumentException("version '" + text + "' is not N.N[.N][-suffix]");
    }
    return leading(text);
  }

  /** The leading N.N[.N] of a server version string, or null when it has none. */
  public static Version leading(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = LEADING.matcher(text.strip());
    if (!m.find()) {
      return null;
    }
    List<Integer> p = new ArrayList<>();
    for (int g = 1; g <= 3; g++) {
      if (m.group(g) != null) {
        p.add(Integer.valueOf(m.group(g)));
      }
    }
    return new Version(p);
  }

  /** True when this version is on release line {@code line} ("10.6" holds 10.6.16). */
  public boolean onLine(Version line) {
    for (int i = 0; i < line.parts.size(); i++) {
      if (i >= parts.size() || !parts.get(i).equals(line.parts.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int compareTo(Version o) {
    for (int i = 0; i < Math.max(parts.size(), o.parts.size()); i++) {
      int a = i < parts.size() ? parts.get(i) : 0;
      int b = i < o.parts.size() ? o.parts.get(i) : 0;
      if (a != b) {
        return Integer.compare(a, b);
      }
    }
    return 0;
  }

  @Override
  public String toString() {
    return String.join(".", parts.stream().map(String::valueOf).toList());
  }
}
