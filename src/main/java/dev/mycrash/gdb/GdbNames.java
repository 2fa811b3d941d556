package dev.mycrash.gdb;

import java.util.regex.Pattern;

/**
 * Function names as gdb prints them, reduced to the name alone:
 * {@code mysql_select(THD*, TABLE_LIST*, List<Item>&) } becomes {@code mysql_select},
 * {@code Type_handler::Item_send_longlong(Item*, Protocol*, st_value*) const} becomes
 * {@code Type_handler::Item_send_longlong}, {@code foo(int) [clone .isra.0]} becomes {@code foo}.
 */
final class GdbNames {
  private static final Pattern CLONE = Pattern.compile("(\\s*\\[clone [^\\]]*\\])+$");
  private static final Pattern QUALIFIERS = Pattern.compile("(\\s*(const|volatile|&&|&|noexcept))+$");
  private static final Pattern ABI = Pattern.compile("\\[abi:[^\\]]*\\]");

  private GdbNames() {}

  static String function(String printed) {
    String s = CLONE.matcher(printed.strip()).replaceAll("");
    s = QUALIFIERS.matcher(s).replaceAll("");
    if (s.endsWith(")")) {
      int depth = 0;
      for (int i = s.length() - 1; i >= 0; i--) {
        char c = s.charAt(i);
        if (c == ')') {
          depth++;
        } else if (c == '(' && --depth == 0) {
          s = s.substring(0, i);
          break;
        }
      }
    }
    return ABI.matcher(s).replaceAll("").strip();
  }
}
