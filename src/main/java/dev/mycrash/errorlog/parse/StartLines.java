package dev.mycrash.errorlog.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the start and ready lines of {@link Markers} by hand: the regular expressions that
 * specify them backtrack over every word of a line (~10 us a start line, a third of
 * {@code analyze --all} on a crash loop). Each method gives what {@code find()} of its expression
 * gives; real lines:
 *
 * <pre>
 * ... [Server] /usr/sbin/mysqld (mysqld 8.4.2) starting as process 1
 *     (?:(\S+) )?\(mysqld ([^)\s]+)[^)]*\) starting as process (\d+)
 * ... /usr/sbin/mysqld (mysqld 8.0.32-24.2) initializing of server in progress as process 127
 *     (?:(\S+) )?\(mysqld ([^)\s]+)[^)]*\) initializing of server in progress as process(?: (\d+))?
 * ... [Note] Starting MariaDB 10.11.19-MariaDB-0+deb12u1 source revision 5843d84... as process 7502
 *     \bStarting MariaDB (\S+) .*as process (\d+)
 * 080721  3:11:12 [Note] /usr/libexec/mysqld: ready for connections.
 *     ^(.*?)(\S+): ready for connections
 * </pre>
 */
final class StartLines {
  private static final String PAREN = "(mysqld ";
  private static final String MARIADB = "Starting MariaDB ";
  private static final String AS_PROCESS = "as process ";
  private static final String READY = ": ready for connections";
  /** The expression itself, for a word boundary next to a non-ASCII character. */
  private static final Pattern MARIADB_REGEX = Pattern.compile("\\bStarting MariaDB (\\S+) .*as process (\\d+)");

  private StartLines() {}

  /** What a start line names: the program before "(mysqld", the version, the pid digits (each may be null). */
  record Start(String program, String version, String pid) {}

  /** What a ready line holds: the text before the program, the program. */
  record Ready(String before, String program) {}

  /** {@code (?:(\S+) )?\(mysqld ([^)\s]+)[^)]*\) starting as process (\d+)}, or null. */
  static Start process(String s) {
    return paren(s, ") starting as process ", false);
  }

  /** {@code (?:(\S+) )?\(mysqld ([^)\s]+)[^)]*\) initializing of server in progress as process(?: (\d+))?}. */
  static Start initializing(String s) {
    return paren(s, ") initializing of server in progress as process", true);
  }

  /**
   * The {@code (mysqld VERSION ...)} followed by {@code tail} and the pid where the expression's
   * first match starts: at the word before it when one is there, else at the parenthesis. That is
   * not always the first parenthesis: the word before a later one may begin before it
   * ({@code x(mysqld (mysqld 8.0) ...}); at the same start the one with a word before it wins.
   */
  private static Start paren(String s, String tail, boolean pidOptional) {
    Start best = null;
    int bestStart = Integer.MAX_VALUE;
    for (int q = s.indexOf(PAREN); q >= 0; q = s.indexOf(PAREN, q + 1)) {
      int v = q + PAREN.length();
      int close = s.indexOf(')', v);
      if (close < 0) {
        break;
      }
      int versionEnd = v;
      while (versionEnd < close && !Chars.space(s.charAt(versionEnd))) {
        versionEnd++;
      }
      if (versionEnd == v || !s.startsWith(tail, close)) {
        continue;
      }
      String pid = pid(s, close + tail.length(), pidOptional);
      if (pid == null && !pidOptional) {
        continue;
      }
      boolean word = q >= 2 && s.charAt(q - 1) == ' ' && !Chars.space(s.charAt(q - 2));
      int start = word ? Chars.tokenStart(s, q - 1) : q;
      if (start <= bestStart) {
        bestStart = start;
        best = new Start(word ? s.substring(start, q - 1) : null, s.substring(v, versionEnd), pid);
      }
    }
    return best;
  }

  /** The digits at {@code at} ({@code (\d+)}), or after one space there ({@code (?: (\d+))?}). */
  private static String pid(String s, int at, boolean afterSpace) {
    int from = afterSpace ? at + 1 : at;
    if (afterSpace && !s.startsWith(" ", at)) {
      return null;
    }
    int end = Chars.digitsEnd(s, from);
    return end > from ? s.substring(from, end) : null;
  }

  /** {@code \bStarting MariaDB (\S+) .*as process (\d+)}: version and pid, or null. */
  static Start mariadb(String s) {
    for (int q = s.indexOf(MARIADB); q >= 0; q = s.indexOf(MARIADB, q + 1)) {
      if (q > 0 && s.charAt(q - 1) >= 0x80) {
        Matcher m = MARIADB_REGEX.matcher(s);
        return m.find() ? new Start(null, m.group(1), m.group(2)) : null;
      }
      if (q > 0 && word(s.charAt(q - 1))) {
        continue;
      }
      int v = q + MARIADB.length();
      int versionEnd = Chars.tokenEnd(s, v);
      if (versionEnd == v || versionEnd >= s.length() || s.charAt(versionEnd) != ' ') {
        continue;
      }
      int from = versionEnd + 1;
      int limit = from;
      while (limit < s.length() && !Chars.terminator(s.charAt(limit))) {
        limit++;
      }
      for (int k = s.lastIndexOf(AS_PROCESS, limit - AS_PROCESS.length()); k >= from; k = s.lastIndexOf(AS_PROCESS, k - 1)) {
        int d = k + AS_PROCESS.length();
        int end = Chars.digitsEnd(s, d);
        if (end > d) {
          return new Start(null, s.substring(v, versionEnd), s.substring(d, end));
        }
      }
    }
    return null;
  }

  /** An ASCII word character of {@code \b}. */
  private static boolean word(char c) {
    return c == '_' || Chars.digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** {@code ^(.*?)(\S+): ready for connections}: the text before the program and the program, or null. */
  static Ready ready(String s) {
    for (int c = s.indexOf(READY); c >= 0; c = s.indexOf(READY, c + 1)) {
      if (c == 0 || Chars.space(s.charAt(c - 1))) {
        continue;
      }
      int g = Chars.tokenStart(s, c);
      return Chars.hasTerminator(s, 0, g) ? null : new Ready(s.substring(0, g), s.substring(g, c));
    }
    return null;
  }
}
