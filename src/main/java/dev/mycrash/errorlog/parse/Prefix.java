package dev.mycrash.errorlog.parse;

/**
 * The timestamp prefixes of normal log lines (reference §1), checked by hand because this runs
 * on every line of a crash block: {@code 2026-11-23 11:43:44}, {@code 2022-11-03T09:15:48.8Z},
 * {@code 161126 23:00:43}, {@code 080721  3:04:00}, {@code 07:00:44 UTC -}.
 */
final class Prefix {
  private Prefix() {}

  static boolean has(String s) {
    if (s.length() < 12 || !digit(s, 0)) {
      return false;
    }
    if (digits(s, 0, 4) && s.charAt(4) == '-' && digits(s, 5, 2) && s.charAt(7) == '-' && digits(s, 8, 2)) {
      return s.length() > 10 && (s.charAt(10) == ' ' || s.charAt(10) == 'T');
    }
    if (digits(s, 0, 6) && s.charAt(6) == ' ') {
      int i = 7;
      if (s.charAt(i) == ' ') {
        i++;
      }
      return s.length() > i + 4 && digit(s, i) && (s.charAt(i + 1) == ':' || s.charAt(i + 2) == ':');
    }
    return digits(s, 0, 2) && s.charAt(2) == ':' && digits(s, 3, 2) && s.charAt(5) == ':' && s.startsWith(" UTC", 8);
  }

  private static boolean digit(String s, int i) {
    return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
  }

  private static boolean digits(String s, int from, int n) {
    for (int i = from; i < from + n; i++) {
      if (!digit(s, i)) {
        return false;
      }
    }
    return true;
  }
}
