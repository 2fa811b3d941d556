package dev.mycrash.errorlog.parse;

/**
 * The character classes of {@link java.util.regex.Pattern} that the hand-written line readers of
 * this package use, so that they split a line exactly where the regular expression they replace
 * did: {@code \s} is {@code [ \t\n\x0B\f\r]}, {@code \d} is {@code [0-9]}, and {@code .} stops at
 * a line terminator ({@code \n \r \u0085 \u2028 \u2029}).
 */
final class Chars {
  private Chars() {}

  /** {@code \s}. */
  static boolean space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** {@code \d}. */
  static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code [0-9a-fA-F]}. */
  static boolean hex(char c) {
    return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** A character {@code .} does not match. */
  static boolean terminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** True when {@code s[from, to)} holds a line terminator ({@code .*} cannot span it). */
  static boolean hasTerminator(String s, int from, int to) {
    for (char t : TERMINATORS) { // String.indexOf scans fast, and at once for a char a Latin-1 string cannot hold
      int i = s.indexOf(t, from);
      if (i >= 0 && i < to) {
        return true;
      }
    }
    return false;
  }

  private static final char[] TERMINATORS = {'\n', '\r', '\u0085', '\u2028', '\u2029'};

  /** The end of the run of {@code \d} that starts at {@code from}. */
  static int digitsEnd(String s, int from) {
    int i = from;
    while (i < s.length() && digit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The start of the run of {@code \S} that ends right before {@code end}. */
  static int tokenStart(String s, int end) {
    int i = end;
    while (i > 0 && !space(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** The end of the run of {@code \S} that starts at {@code from}. */
  static int tokenEnd(String s, int from) {
    int i = from;
    while (i < s.length() && !space(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
