package dev.mycrash.errorlog.model;

/**
 * A failed assertion printed just before a crash.
 *
 * @param kind "innodb" ({@code InnoDB: Assertion failure in thread ... in file ... line ...}),
 *     "mysql8" ({@code [MY-013183] [InnoDB] Assertion failure: file:line:expr thread N}) or "glibc"
 *     ({@code mysqld: file:line: func: Assertion `expr' failed.}, or only {@code Assertion `expr' failed.})
 *     or "bsd" ({@code Assertion failed: (expr), function f, file x.c, line 12.}, FreeBSD/macOS libc)
 * @param file source file as printed (MariaDB prints the full build path), or null when only the
 *     expression was printed (a bare {@code InnoDB: Failing assertion: expr})
 * @param line source line, or null
 * @param expression the failed expression, or null when not printed
 * @param thread thread id as printed, or null
 * @param function the function (glibc assertions), or null
 * @param logLine the error-log line that carries the assertion
 */
public record Assertion(String kind, String file, Integer line, String expression, String thread, String function, long logLine) {
  public Assertion {
    if (kind == null || (file == null && expression == null)) {
      throw new IllegalArgumentException("an assertion needs a kind and a file or an expression");
    }
  }

  public Assertion withLogLine(long n) {
    return new Assertion(kind, file, line, expression, thread, function, n);
  }
}
