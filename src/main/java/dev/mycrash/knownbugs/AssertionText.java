package dev.mycrash.knownbugs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The assertion expression as mariadb-qa puts it into a UniqueID. Accepts what the server or
 * glibc printed:
 *
 * <pre>
 * mariadbd: /tmp/crashlab/udf/crash_udf.c:13: crash_assert: Assertion `must_be_nonzero != 0' failed.
 * 2023-09-12 10:00:00 0x7f.. InnoDB: Failing assertion: node-&gt;pcur-&gt;rel_pos == BTR_PCUR_ON
 * Assertion failed: (fixed == 0), function fix_fields, file item.cc, line 4448.      (BSD, macOS)
 * </pre>
 *
 * giving {@code must_be_nonzero != 0} and {@code node->pcur->rel_pos == BTR_PCUR_ON}; any other
 * text is taken as the expression itself.
 */
public final class AssertionText {
  private static final Pattern GLIBC = Pattern.compile("Assertion [`'](.*)' failed\\.?\\s*$");
  private static final Pattern BSD = Pattern.compile("Assertion failed: \\((.*)\\), function ");
  private static final Pattern INNODB = Pattern.compile("Failing assertion:[ \\t]*(.*)$");

  private AssertionText() {}

  /** The expression, or null when {@code printed} is null or blank. */
  public static String expression(String printed) {
    if (printed == null || printed.isBlank()) {
      return null;
    }
    Matcher g = GLIBC.matcher(printed);
    if (g.find()) {
      return g.group(1);
    }
    Matcher b = BSD.matcher(printed);
    if (b.find()) {
      return b.group(1);
    }
    Matcher i = INNODB.matcher(printed);
    if (i.find()) {
      return i.group(1).strip();
    }
    return printed.strip();
  }
}
