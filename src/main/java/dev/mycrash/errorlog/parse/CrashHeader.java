package dev.mycrash.errorlog.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first line of a fatal-signal report (reference §3), in every version's shape:
 *
 * <pre>
 * 090902 11:08:43 - mysqld got signal 6 ;                     MySQL 5.0/5.1 handle_segfault
 * 07:00:44 UTC - mysqld got signal 11 ;                       MySQL 5.1.61+ .. 8.0.2x
 * 2022-06-13T17:09:17Z UTC - mysqld got signal 11 ;           MySQL late 8.0 / 8.4 / 9.x
 * 210702 10:36:32 [ERROR] mysqld got signal 6 ;               MariaDB 10.x
 * 261123 11:43:44 [ERROR] /usr/sbin/mariadbd got signal 11 ; MariaDB 10.11 / 11.x
 * 08:52:33 UTC - mysqld got exception 0x80000003 ;            Windows
 * </pre>
 *
 * @param time the timestamp as printed (null when none)
 * @param program the program name or path as printed
 * @param signal the signal number, or null for a Windows exception
 * @param exception the Windows exception code ("0xc0000005"), or null
 */
public record CrashHeader(String time, String program, Integer signal, String exception) {
  private static final Pattern THREAD_ERROR = Pattern.compile("\\d+ \\[ERROR\\]");
  private static final Pattern TIME = Pattern.compile(
      "^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ UTC|\\d\\d:\\d\\d:\\d\\d UTC|\\d{6}\\s+\\d{1,2}:\\d\\d:\\d\\d"
          + "|\\d{4}-\\d\\d-\\d\\d[ T]\\s?\\d{1,2}:\\d\\d:\\d\\d(?:\\.\\d+)?(?:Z|[+-]\\d\\d:\\d\\d)?)");

  /** Cheap test before {@link #parse}. */
  public static boolean looksLike(String line) {
    return line.contains(" got signal ") || line.contains(" got exception ") || line.startsWith("mysqld got ");
  }

  /** The header on {@code line}, or null when the line is not one. */
  public static CrashHeader parse(String line) {
    Got g = got(line);
    if (g == null) {
      return null;
    }
    String before = line.substring(0, g.start()).trim();
    Matcher t = TIME.matcher(before);
    String time = t.find() ? t.group(1) : null;
    String rest = time == null ? before : before.substring(t.end()).trim();
    if (!(rest.isEmpty() || rest.equals("-") || rest.equals("[ERROR]") || THREAD_ERROR.matcher(rest).matches())) {
      return null;
    }
    Integer sig = g.signal() == null ? null : Integer.valueOf(g.signal());
    return new CrashHeader(time, g.program(), sig, g.exception() == null ? null : g.exception().toLowerCase(java.util.Locale.ROOT));
  }

  /** Where the program word starts, the program, the signal digits or the exception code. */
  private record Got(int start, String program, String signal, String exception) {}

  /**
   * The first {@code PROGRAM got signal N ;} / {@code PROGRAM got exception 0xC ;}, read by hand
   * (the first match of {@code (\S+) got (?:signal (\d{1,3})|exception (0x[0-9a-fA-F]{1,8}))\s*;}).
   */
  private static Got got(String line) {
    for (int g = line.indexOf(" got "); g >= 0; g = line.indexOf(" got ", g + 1)) {
      if (g == 0 || Chars.space(line.charAt(g - 1))) {
        continue;
      }
      int a = g + 5;
      boolean signal = line.startsWith("signal ", a);
      int from = signal ? a + 7 : a + 12;
      if (!signal && !line.startsWith("exception 0x", a)) {
        continue;
      }
      int end = from;
      while (end < line.length() && (signal ? Chars.digit(line.charAt(end)) : Chars.hex(line.charAt(end)))) {
        end++;
      }
      int semi = end;
      while (semi < line.length() && Chars.space(line.charAt(semi))) {
        semi++;
      }
      if (end == from || end - from > (signal ? 3 : 8) || semi == line.length() || line.charAt(semi) != ';') {
        continue;
      }
      int start = Chars.tokenStart(line, g);
      String code = line.substring(signal ? from : from - 2, end);
      return new Got(start, line.substring(start, g), signal ? code : null, signal ? null : code);
    }
    return null;
  }
}
