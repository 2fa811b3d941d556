package dev.mycrash.elf;

import dev.mycrash.errorlog.LogLine;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The build-id a server printed in its crash report. MySQL 8.0.31+ prints
 * {@code BuildID[sha1]=0a1b...} and Percona Server 8.0 (until PS-8635) also
 * {@code Build ID: 0a1b...}; MariaDB prints none.
 */
public final class LogBuildId {
  private static final Pattern ID =
      Pattern.compile("(?:BuildID\\[sha1\\]=|Build ID: )([0-9a-fA-F]{16,128})\\b");

  private LogBuildId() {}

  /** The first build-id in {@code lines}, lower-case. */
  public static Optional<String> find(Iterable<LogLine> lines) {
    for (LogLine l : lines) {
      Optional<String> id = find(l.text());
      if (id.isPresent()) {
        return id;
      }
    }
    return Optional.empty();
  }

  /** The build-id on one line, lower-case. */
  public static Optional<String> find(String line) {
    Matcher m = ID.matcher(line);
    return m.find() ? Optional.of(m.group(1).toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
  }
}
