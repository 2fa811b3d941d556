package dev.mycrash.errorlog.parse;

import dev.mycrash.errorlog.model.ResourceLimit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of the {@code Resource Limits} table of a MariaDB crash report (a copy of
 * {@code /proc/self/limits}), read by hand; real rows:
 *
 * <pre>
 * Max stack size            8388608              unlimited            bytes
 * Max nice priority         0                    0
 * </pre>
 *
 * It gives what a match of {@code ^(Max [a-z ]+?)\s{2,}(\S+)\s+(\S+)(?:\s+(\S+))?\s*$} gives: the
 * shortest name of lower-case words after which two or more blanks and then two or three words
 * end the line.
 */
final class LimitLine {
  /** The expression itself, for a row that ends with a line terminator ({@code $} may stop before it). */
  private static final Pattern REGEX = Pattern.compile("^(Max [a-z ]+?)\\s{2,}(\\S+)\\s+(\\S+)(?:\\s+(\\S+))?\\s*$");

  private LimitLine() {}

  /** The row on {@code t}, or null when it is none. */
  static ResourceLimit parse(String t) {
    if (!t.startsWith("Max ")) {
      return null;
    }
    if (Chars.terminator(t.charAt(t.length() - 1))) {
      Matcher m = REGEX.matcher(t);
      return m.find() ? new ResourceLimit(m.group(1), m.group(2), m.group(3), m.group(4)) : null;
    }
    for (int end = 5; end <= t.length() && nameChar(t.charAt(end - 1)); end++) {
      if (end + 1 < t.length() && Chars.space(t.charAt(end)) && Chars.space(t.charAt(end + 1))) {
        String[] words = words(t, end);
        if (words != null) {
          return new ResourceLimit(t.substring(0, end), words[0], words[1], words[2]);
        }
      }
    }
    return null;
  }

  private static boolean nameChar(char c) {
    return c == ' ' || (c >= 'a' && c <= 'z');
  }

  /** The two or three blank-separated words that make up the rest of {@code t} from {@code from}, or null. */
  private static String[] words(String t, int from) {
    String[] w = new String[3];
    int n = 0;
    int i = from;
    while (true) {
      while (i < t.length() && Chars.space(t.charAt(i))) {
        i++;
      }
      if (i == t.length()) {
        return n >= 2 ? w : null;
      }
      if (n == 3) {
        return null;
      }
      int e = Chars.tokenEnd(t, i);
      w[n++] = t.substring(i, e);
      i = e;
    }
  }
}
