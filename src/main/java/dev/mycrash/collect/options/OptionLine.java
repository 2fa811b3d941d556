package dev.mycrash.collect.options;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One option line inside a group: {@code name}, {@code name = value}, {@code name="quoted # value"},
 * {@code loose-name = value  # comment}.
 */
final class OptionLine {
  private OptionLine() {}

  static Optional<OptionSetting> parse(Path file, long lineNo, String group, String line) {
    int eq = line.indexOf('=');
    String rawName = (eq < 0 ? stripComment(line) : line.substring(0, eq)).strip();
    if (rawName.isEmpty()) {
      return Optional.empty();
    }
    boolean loose = rawName.toLowerCase(java.util.Locale.ROOT).matches("loose[-_].*");
    String value = eq < 0 ? null : value(line.substring(eq + 1).strip());
    return Optional.of(new OptionSetting(file, lineNo, group, OptionSetting.normalise(rawName), value, loose));
  }

  /** The value: quoted strings kept whole, an unquoted {@code #} starts a comment, escapes resolved. */
  static String value(String raw) {
    if (!raw.isEmpty() && (raw.charAt(0) == '"' || raw.charAt(0) == '\'')) {
      int close = raw.indexOf(raw.charAt(0), 1);
      if (close > 0) {
        return unescape(raw.substring(1, close));
      }
    }
    return unescape(stripComment(raw).strip());
  }

  private static String stripComment(String s) {
    char quote = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '#') {
        return s.substring(0, i);
      }
    }
    return s;
  }

  private static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        b.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'n' -> b.append('\n');
        case 't' -> b.append('\t');
        case 'r' -> b.append('\r');
        case 'b' -> b.append('\b');
        case 's' -> b.append(' ');
        case '\\' -> b.append('\\');
        default -> b.append('\\').append(n);
      }
    }
    return b.toString();
  }
}
