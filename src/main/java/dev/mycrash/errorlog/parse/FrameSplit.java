package dev.mycrash.errorlog.parse;

/**
 * Splits the two commonest backtrace shapes by hand, from both ends of the line, instead of with
 * the regular expressions that specify them (their {@code (.*)} ran to the line end and backed
 * off a character at a time, for every frame of every crash report):
 *
 * <pre>
 * /usr/sbin/mariadbd(_ZN4JOIN10exec_innerEv+0xf72)[0x56433e52b1a2]
 *     ^([^(\s]+)\((.*)\)\s?\[(0x[0-9a-fA-F]+)\]\s*$
 * sql/field.cc:1208(Field::pos_in_interval_val_str(Field*))[0x5578a79eff7c]
 *     ^([^\s(]+):(\d+)\((.*)\)\s?\[(0x[0-9a-fA-F]+)\]\s*$
 * </pre>
 *
 * Both take a line that ends with {@code ]} (the caller strips trailing blanks) and give what a
 * match of their expression gives, or null where it would not match.
 */
final class FrameSplit {
  private FrameSplit() {}

  /**
   * The groups of a match: the object or source file, the source line (addr2line only), the text
   * inside the outer parentheses, the address.
   */
  record Parts(String head, String line, String inner, String address) {}

  /** {@code module(inner)[0xADDR]}, or null. */
  static Parts glibc(String s) {
    int open = firstParen(s);
    int close = close(s);
    if (open < 1 || close <= open || Chars.hasTerminator(s, open + 1, close)) {
      return null;
    }
    return new Parts(s.substring(0, open), null, s.substring(open + 1, close), address(s));
  }

  /** {@code file:line(inner)[0xADDR]}, or null. */
  static Parts addr2line(String s) {
    int open = firstParen(s);
    if (open < 1) {
      return null;
    }
    int digits = open;
    while (digits > 0 && Chars.digit(s.charAt(digits - 1))) {
      digits--;
    }
    int close = close(s);
    if (digits == open || digits < 2 || s.charAt(digits - 1) != ':' || close <= open
        || Chars.hasTerminator(s, open + 1, close)) {
      return null;
    }
    return new Parts(s.substring(0, digits - 1), s.substring(digits, open), s.substring(open + 1, close), address(s));
  }

  /** The first {@code (} when no blank comes before it, else -1 ({@code ^[^(\s]+\(}). */
  private static int firstParen(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        return i;
      }
      if (Chars.space(c)) {
        return -1;
      }
    }
    return -1;
  }

  /** The {@code )} of {@code )\s?[0xHEX]} at the end of the line, or -1. */
  private static int close(String s) {
    int bracket = bracket(s);
    if (bracket >= 1 && s.charAt(bracket - 1) == ')') {
      return bracket - 1;
    }
    if (bracket >= 2 && Chars.space(s.charAt(bracket - 1)) && s.charAt(bracket - 2) == ')') {
      return bracket - 2;
    }
    return -1;
  }

  /** The {@code [} of {@code [0xHEX]} at the end of the line, or -1. */
  private static int bracket(String s) {
    int end = s.length() - 1;
    if (end < 0 || s.charAt(end) != ']') {
      return -1;
    }
    int k = end - 1;
    while (k >= 0 && Chars.hex(s.charAt(k))) {
      k--;
    }
    boolean ok = k < end - 1 && k >= 2 && s.charAt(k) == 'x' && s.charAt(k - 1) == '0' && s.charAt(k - 2) == '[';
    return ok ? k - 2 : -1;
  }

  /** {@code 0xHEX} inside the final brackets (the line is known to end with them). */
  private static String address(String s) {
    return s.substring(bracket(s) + 1, s.length() - 1);
  }
}
