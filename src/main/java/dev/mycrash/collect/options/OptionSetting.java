package dev.mycrash.collect.options;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One {@code name = value} line of an option file, in the group it appeared under.
 *
 * @param file the option file it came from
 * @param line 1-based line number in that file
 * @param group the group, lower case, e.g. {@code mysqld}
 * @param name the option name normalised: {@code loose-} dropped, {@code -} written as {@code _}
 * @param value the value with quotes and escapes resolved; null for a bare flag like {@code skip-name-resolve}
 * @param loose the line carried the {@code loose-} prefix
 */
public record OptionSetting(Path file, long line, String group, String name, String value, boolean loose) {
  public OptionSetting {
    if (file == null || group == null || name == null || name.isEmpty()) {
      throw new IllegalArgumentException("file, group and name are required");
    }
    if (line < 1) {
      throw new IllegalArgumentException("line numbers are 1-based: " + line);
    }
  }

  /** {@code Log-Error} and {@code log_error} and {@code loose-log-error} all become {@code log_error}. */
  public static String normalise(String rawName) {
    String n = rawName.trim().toLowerCase(Locale.ROOT);
    if (n.startsWith("loose-") || n.startsWith("loose_")) {
      n = n.substring(6);
    }
    return n.replace('-', '_');
  }
}
