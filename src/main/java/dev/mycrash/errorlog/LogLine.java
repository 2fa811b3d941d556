package dev.mycrash.errorlog;

/**
 * One canonical line of an error log: wrappers (docker-compose prefixes, container timestamps,
 * fluent-bit JSON, syslog, quoting) stripped and the line end removed, with the 1-based number
 * of the line in the original input.
 *
 * @param number 1-based line number in the original input
 * @param text the canonical text, without line terminator
 */
public record LogLine(long number, String text) {
  public LogLine {
    if (number < 1) {
      throw new IllegalArgumentException("line numbers are 1-based: " + number);
    }
    if (text == null) {
      throw new IllegalArgumentException("text is null");
    }
  }
}
