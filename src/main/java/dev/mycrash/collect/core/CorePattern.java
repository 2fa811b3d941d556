package dev.mycrash.collect.core;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /proc/sys/kernel/core_pattern}: where the kernel writes cores. Shapes seen:
 *
 * <pre>
 * core                                                   (this machine: cwd of mysqld = datadir)
 * /var/crash/core.%e.%p.%t                               (absolute directory + name pattern)
 * |/lib/systemd/systemd-coredump %P %u %g %s %t 9223372036854775808 %h
 * |/usr/share/apport/apport -p%p -s%s -c%c -d%d -P%P -u%u -g%g -- %E
 * </pre>
 *
 * A name pattern becomes a regex: {@code %p %P %i %I %u %g %s %t %c %d} match digits (pid, time
 * and signal captured), {@code %e} the 15-character comm, {@code %h} a host name, {@code %E} the
 * path with {@code !} for {@code /}, {@code %%} a literal {@code %}. With {@code core_uses_pid=1}
 * and no {@code %p}, the kernel appends {@code .PID}.
 */
public record CorePattern(String raw, boolean usesPid) {
  public enum Handler { FILE, SYSTEMD_COREDUMP, APPORT, OTHER_PIPE }

  public CorePattern {
    raw = raw == null ? "" : raw.strip();
  }

  public Handler handler() {
    if (!raw.startsWith("|")) {
      return Handler.FILE;
    }
    if (raw.contains("systemd-coredump")) {
      return Handler.SYSTEMD_COREDUMP;
    }
    return raw.contains("apport") ? Handler.APPORT : Handler.OTHER_PIPE;
  }

  /** The directory cores land in; relative patterns are relative to the crashing process's cwd. */
  public Path directory(Path cwd) {
    Path p = Path.of(raw.isEmpty() ? "core" : raw);
    Path dir = p.getParent();
    if (p.isAbsolute()) {
      return dir;
    }
    return dir == null ? cwd : cwd.resolve(dir);
  }

  /** Matches a core's file name against the pattern's last component. */
  public Optional<Match> match(String fileName) {
    Matcher m = nameRegex().matcher(fileName);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new Match(group(m, "pid"), group(m, "time"), m.pattern().pattern().contains("(?<exe>") ? m.group("exe") : null));
  }

  /** What a file name told us; null where the pattern does not carry it. */
  public record Match(Long pid, Long epochSeconds, String exe) {}

  Pattern nameRegex() {
    String name = Path.of(raw.isEmpty() ? "core" : raw).getFileName().toString();
    StringBuilder re = new StringBuilder();
    boolean[] seen = new boolean[3];
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '%' || i + 1 == name.length()) {
        re.append(Pattern.quote(String.valueOf(c)));
        continue;
      }
      re.append(specifier(name.charAt(++i), seen));
    }
    if (usesPid && !name.contains("%p")) {
      re.append("(?:\\.(?<pid>\\d+))?");
    }
    return Pattern.compile(re.toString());
  }

  private static String specifier(char s, boolean[] seen) {
    return switch (s) {
      case 'p' -> once(seen, 0, "(?<pid>\\d+)", "\\d+");
      case 't' -> once(seen, 1, "(?<time>\\d+)", "\\d+");
      case 'e' -> once(seen, 2, "(?<exe>.{1,15}?)", ".{1,15}?");
      case 'P', 'i', 'I', 'u', 'g', 's', 'c', 'd' -> "\\d+";
      case 'h' -> "[A-Za-z0-9.-]+";
      case 'E' -> "[^/]+";
      case '%' -> "%";
      default -> "";
    };
  }

  private static String once(boolean[] seen, int i, String first, String again) {
    if (seen[i]) {
      return again;
    }
    seen[i] = true;
    return first;
  }

  private static Long group(Matcher m, String name) {
    if (!m.pattern().pattern().contains("(?<" + name + ">")) {
      return null;
    }
    String v = m.group(name);
    try {
      return v == null ? null : Long.parseLong(v);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
