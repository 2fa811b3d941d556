package dev.mycrash.triage;

import dev.mycrash.symbols.Demangler;
import dev.mycrash.symbols.Frame;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one backtrace line as the server's crash handler prints it (glibc backtrace_symbols
 * style, MariaDB's resolved {@code file:line(function)} style, MySQL 8's demangled style):
 *
 * <pre>
 * /usr/sbin/mariadbd(_ZN4JOIN10exec_innerEv+0xf72)[0x56433e52b1a2]
 * udf/crash_udf.c:10(crash_segv)[0x7f22acd70160]
 * /usr/sbin/mariadbd(+0x899062)[0x56433e515062]
 * /usr/local/mysql/bin/mysqld(MYSQL_BIN_LOG::rollback(THD*, bool)+0x449) [0x561c98b544e7]
 * /usr/sbin/mysqld[0x741e55]
 * 4   mysqld      0x002f3479 _Z23is_indexed_agg_distinctP4JOINP4ListI10Item_fieldE + 12859   (macOS)
 * </pre>
 */
final class FrameLine {
  private static final Pattern LINE =
      Pattern.compile("^\\s*([^\\s(\\[]+)(?:\\((.*)\\))?\\s?\\[(0x[0-9a-fA-F]+)\\]\\s*$");
  private static final Pattern INNER = Pattern.compile("^(.*?)(\\+0x[0-9a-fA-F]+)?$");
  private static final Pattern FILE_LINE = Pattern.compile("^(.*):(\\d+)$");
  private static final Pattern MACOS =
      Pattern.compile("^\\s*\\d+\\s+(\\S+)\\s+(0x[0-9a-fA-F]+)\\s+(.+?) \\+ (\\d+)\\s*$");

  private FrameLine() {}

  /** The frame printed on {@code line}, or null when the line is not a frame. */
  static Frame parse(String line) {
    Matcher m = LINE.matcher(line);
    if (!m.matches()) {
      return macos(line);
    }
    String where = m.group(1);
    String module = where;
    String file = null;
    Integer lineNo = null;
    Matcher fl = FILE_LINE.matcher(where);
    if (fl.matches()) {
      module = null;
      file = fl.group(1);
      lineNo = Integer.valueOf(fl.group(2));
    }
    String symbol = null;
    String offset = null;
    if (m.group(2) != null) {
      Matcher in = INNER.matcher(m.group(2));
      in.matches();
      symbol = in.group(1).isEmpty() ? null : in.group(1);
      offset = in.group(2) == null ? null : in.group(2).substring(1);
    }
    String function = symbol == null ? null : Demangler.demangle(symbol);
    return new Frame(line, module, symbol, function, offset, m.group(3), file, lineNo, false);
  }

  private static Frame macos(String line) {
    Matcher m = MACOS.matcher(line);
    if (!m.matches()) {
      return null;
    }
    String symbol = m.group(3).startsWith("0x") ? null : m.group(3);
    String function = symbol == null ? null : Demangler.demangle(symbol);
    return new Frame(line, m.group(1), symbol, function, m.group(4), m.group(2), null, null, false);
  }
}
