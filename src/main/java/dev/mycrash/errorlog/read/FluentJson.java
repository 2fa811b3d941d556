package dev.mycrash.errorlog.read;

/** Reads the JSON string value of {@code "log"} in a fluent-bit record, unescaped, without its final newline. */
final class FluentJson {
  private FluentJson() {}

  static String logValue(String line, int from) {
    StringBuilder sb = new StringBuilder(line.length() - from);
    int i = from;
    while (i < line.length()) {
      char c = line.charAt(i++);
      if (c == '"') {
        break;
      }
      if (c != '\\' || i >= line.length()) {
        sb.append(c);
        continue;
      }
      char e = line.charAt(i++);
      switch (e) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'u' -> {
          if (i + 4 <= line.length()) {
            sb.append((char) Integer.parseInt(line.substring(i, i + 4), 16));
            i += 4;
          }
        }
        default -> sb.append(e);
      }
    }
    int end = sb.length();
    while (end > 0 && (sb.charAt(end - 1) == '\n' || sb.charAt(end - 1) == '\r')) {
      end--;
    }
    return sb.substring(0, end);
  }
}
