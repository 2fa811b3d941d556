package dev.mycrash.semaphore;

import dev.mycrash.errorlog.LogLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a fixture from {@code src/test/resources/semaphore/} into canonical {@link LogLine}s the
 * way the error-log engine hands them over: line ends removed and, for wrapped logs, the
 * docker-compose ({@code db_1         | }) or syslog ({@code mysqld[26852]: }) prefix stripped.
 */
final class Fixtures {
  private static final Pattern COMPOSE = Pattern.compile("^[\\w.-]+ *\\| ?");
  private static final Pattern SYSLOG = Pattern.compile("^mysqld\\[\\d+\\]: ");

  private Fixtures() {}

  static List<LogLine> plain(String name) {
    return lines(name, null);
  }

  static List<LogLine> compose(String name) {
    return lines(name, COMPOSE);
  }

  static List<LogLine> syslog(String name) {
    return lines(name, SYSLOG);
  }

  static SemaphoreSummary collect(List<LogLine> lines) {
    SemaphoreCollector collector = new SemaphoreCollector();
    lines.forEach(collector::accept);
    return collector.finish();
  }

  static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/semaphore/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<LogLine> lines(String name, Pattern wrapper) {
    String[] raw = text(name).split("\n", -1);
    int count = raw.length > 0 && raw[raw.length - 1].isEmpty() ? raw.length - 1 : raw.length;
    List<LogLine> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String t = raw[i].endsWith("\r") ? raw[i].substring(0, raw[i].length() - 1) : raw[i];
      if (wrapper != null) {
        t = wrapper.matcher(t).replaceFirst("");
      }
      lines.add(new LogLine(i + 1, t));
    }
    return lines;
  }
}
