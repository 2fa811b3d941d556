package dev.mycrash.errorlog.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What log shippers and people put around server lines, and how to take it off. Real samples
 * (shared/corpus/real):
 *
 * <pre>
 * COMPOSE       mariadb_1                  | 2021-04-15  3:17:06 0 [Warning] InnoDB: A long semaphore wait:
 * CONTAINER_TS  mariadb 2021-07-07T11:20:32.491576482+02:00 or misconfigured. This error can ...
 * FLUENT_JSON   {"log":"2024-02-09T10:43:18.762309Z 0 [System] [MY-013169] ...\n","file":"/var/lib/mysql/mysqld-error.log"}
 * SYSLOG        Nov 23 11:43:44 db1 mariadbd[7502]: 2026-11-23 11:43:44 0 [Note] ...
 * QUOTE            > 15:31:51 UTC - mysqld got signal 6 ;
 * </pre>
 *
 * A line that does not carry the detected wrapper is kept as it is.
 */
public enum Wrapper {
  NONE(null),
  FLUENT_JSON(Pattern.compile("^\\{\"log\":\"")),
  COMPOSE(Pattern.compile("^[A-Za-z0-9][\\w.-]*\\s*\\|(?: |$)")),
  CONTAINER_TS(Pattern.compile("^(?:[\\w.-]+ )?\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7,9}(?:Z|[+-]\\d\\d:\\d\\d)(?: |$)")),
  SYSLOG(Pattern.compile("^[A-Z][a-z]{2} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d \\S+ [^\\s:\\[]+(?:\\[\\d+\\])?:(?: |$)")),
  QUOTE(Pattern.compile("^[ \\t]*>(?: |$)"));

  private final Pattern prefix;

  Wrapper(Pattern prefix) {
    this.prefix = prefix;
  }

  /** True when {@code line} carries this wrapper. */
  boolean matches(String line) {
    return prefix != null && mayMatch(line) && prefix.matcher(line).lookingAt();
  }

  /** A condition every line this wrapper matches meets, far cheaper than the pattern; most server lines fail it. */
  private boolean mayMatch(String l) {
    return switch (this) {
      case FLUENT_JSON -> l.startsWith("{");
      case COMPOSE -> l.indexOf('|') > 0;
      case CONTAINER_TS -> l.indexOf('T', 10) > 0;
      case SYSLOG -> l.length() > 3 && l.charAt(3) == ' ';
      case QUOTE -> l.indexOf('>') >= 0;
      case NONE -> false;
    };
  }

  /** The server's text inside {@code line}. */
  public String strip(String line) {
    if (prefix == null) {
      return line;
    }
    Matcher m = prefix.matcher(line);
    if (!m.find()) {
      return line;
    }
    if (this == FLUENT_JSON) {
      return FluentJson.logValue(line, m.end());
    }
    return line.substring(m.end());
  }
}
