package dev.mycrash.errorlog.parse;

import dev.mycrash.Memo;
import dev.mycrash.symbols.Demangler;
import dev.mycrash.symbols.Frame;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One backtrace line as a {@link Frame} (reference §4); the raw line is always kept. Shapes:
 *
 * <pre>
 * /usr/sbin/mariadbd(_ZN4JOIN10exec_innerEv+0xf72)[0x56433e52b1a2]          glibc backtrace_symbols
 * /lib/x86_64-linux-gnu/libpthread.so.0(+0x110e0)[0x7fe1f80f50e0]            glibc, no symbol
 * /usr/local/mysql/bin/mysqld(do_command(THD*)+0x8bd) [0x561c96db98a1]       MySQL 8 demangled, space
 * /usr/sbin/mysqld[0x741e55]                                                 numeric-only
 *  #3 0x561c96db98a1 dispatch_command(THD*) at sql/sql_parse.cc:2012         libbacktrace (MySQL 8.0.3x+)
 * sql/field.cc:1208(Field::pos_in_interval_val_str(Field*))[0x5578a79eff7c]  MariaDB addr2line
 * libc_sigaction.c:0(__restore_rt)[0x7f4e7e25a050]                           MariaDB addr2line, line 0
 * 7FF6A1B2C3D4    mysqld.exe!my_sigabrt_handler()[my_thr_init.c:240]         Windows StackWalk64
 * [0x8a0b2c] handle_fatal_signal+0x12                                        FreeBSD
 * 0x4e3b0f20                                                                 frame-pointer walker
 * [0x966400]                                                                 glibc, address outside any object
 * 4   mysqld    0x002f3479 _Z23is_indexed_agg_distinctP4JOINP4ListI10Item_fieldE + 12859   macOS
 * </pre>
 *
 * macOS prints the offset in decimal; it is kept as hex here ({@code + 63} is offset {@code 0x3f})
 * like every other shape's. Its {@code ???} (no module, no symbol) is null.
 */
public final class FrameParser {
  private FrameParser() {}

  private static final Pattern LIBBACKTRACE =
      Pattern.compile("^\\s*#(\\d+)\\s+(0x[0-9a-fA-F]+)\\s+(.+?)(?: at (\\S+):(\\d+))?\\s*$");
  /** Symbols already demangled: a crash loop prints the same names in every report (the addresses change with each start). */
  private static final Memo<String> DEMANGLED = new Memo<>(Demangler::demangle, 4096);
  private static final Pattern NUMERIC = Pattern.compile("^([^\\s\\[(]+)\\s?\\[(0x[0-9a-fA-F]+)\\]\\s*$");
  private static final Pattern WINDOWS = Pattern.compile(
      "^(?:(?:0x)?([0-9a-fA-F]{8,16})\\s+)?([\\w.+-]+\\.(?:exe|dll))!(.+?)(?:\\(\\))?\\s*(?:\\[(.+):(\\d+)\\])?\\s*$");
  private static final Pattern FREEBSD = Pattern.compile("^\\[(0x[0-9a-fA-F]+)\\]\\s+(\\S+?)\\+(0x[0-9a-fA-F]+)\\s*$");
  private static final Pattern BARE = Pattern.compile("^\\[(0x[0-9a-fA-F]+)\\]$");
  private static final Pattern MACOS =
      Pattern.compile("^\\s*\\d+\\s+(\\S+)\\s+(0x[0-9a-fA-F]+)\\s+(.+?) \\+ (\\d{1,19})$");
  private static final Pattern POINTER = Pattern.compile("^\\s*(0x[0-9a-fA-F]{4,16}|[0-9a-fA-F]{6,16})\\s*$");

  /** The frame on {@code raw}, or null when the line is no frame. Cheap checks pick the shape first. */
  public static Frame parse(String raw) {
    String s = raw.stripTrailing();
    if (s.isEmpty()) {
      return null;
    }
    char first = s.charAt(0);
    if (s.contains(".exe!") || s.contains(".dll!")) {
      return windows(raw, s);
    }
    if (s.endsWith("]")) {
      if (first == '[') {
        Matcher m = BARE.matcher(s);
        return m.matches() ? frame(raw, null, null, null, m.group(1), null, null) : null;
      }
      int paren = s.indexOf('(');
      if (paren < 0) {
        return numeric(raw, s);
      }
      return isAddr2line(s, paren) ? addr2line(raw, s) : glibc(raw, s);
    }
    if (s.indexOf('#') >= 0 && s.stripLeading().startsWith("#")) {
      return libbacktrace(raw, s);
    }
    if (first == '[') {
      Matcher m = FREEBSD.matcher(s);
      return m.matches() ? frame(raw, null, m.group(2), m.group(3), m.group(1), null, null) : null;
    }
    if (s.indexOf(" + ") > 0) {
      return macos(raw, s);
    }
    Matcher m = POINTER.matcher(s);
    if (m.matches()) {
      String a = m.group(1);
      return frame(raw, null, null, null, a.startsWith("0x") ? a : "0x" + a, null, null);
    }
    return null;
  }

  /** {@code file:line(} right before the first parenthesis. */
  private static boolean isAddr2line(String s, int paren) {
    int i = paren - 1;
    while (i >= 0 && Character.isDigit(s.charAt(i))) {
      i--;
    }
    return i < paren - 1 && i > 0 && s.charAt(i) == ':';
  }

  private static Frame libbacktrace(String raw, String s) {
    Matcher m = LIBBACKTRACE.matcher(s);
    return m.matches() ? frame(raw, null, m.group(3), null, m.group(2), m.group(4), m.group(5)) : null;
  }

  private static Frame addr2line(String raw, String s) {
    FrameSplit.Parts p = FrameSplit.addr2line(s);
    if (p == null) {
      return glibc(raw, s);
    }
    String file = p.head().equals("??") ? null : p.head();
    String line = "0".equals(p.line()) ? null : p.line();
    return frame(raw, null, p.inner(), null, p.address(), file, line);
  }

  private static Frame glibc(String raw, String s) {
    FrameSplit.Parts p = FrameSplit.glibc(s);
    if (p == null) {
      return null;
    }
    String inner = p.inner();
    int plus = inner.lastIndexOf('+');
    String sym = plus < 0 ? inner : inner.substring(0, plus);
    String off = plus < 0 ? null : inner.substring(plus + 1);
    return frame(raw, p.head(), sym, off, p.address(), null, null);
  }

  private static Frame numeric(String raw, String s) {
    Matcher m = NUMERIC.matcher(s);
    return m.matches() ? frame(raw, m.group(1), null, null, m.group(2), null, null) : null;
  }

  private static Frame windows(String raw, String s) {
    Matcher m = WINDOWS.matcher(s);
    if (!m.matches()) {
      return null;
    }
    String addr = m.group(1) == null ? null : "0x" + m.group(1).toLowerCase(java.util.Locale.ROOT);
    return frame(raw, m.group(2), m.group(3), null, addr, m.group(4), m.group(5));
  }

  private static Frame macos(String raw, String s) {
    Matcher m = MACOS.matcher(s);
    if (!m.matches()) {
      return null;
    }
    String module = m.group(1).equals("???") ? null : m.group(1);
    String sym = m.group(3).startsWith("0x") ? null : m.group(3);
    String off = "0x" + Long.toHexString(Long.parseUnsignedLong(m.group(4)));
    return frame(raw, module, sym, off, m.group(2), null, null);
  }

  private static Frame frame(String raw, String module, String sym, String off, String addr, String file, String line) {
    String symbol = sym == null || sym.isEmpty() || sym.equals("???") ? null : sym;
    String function = symbol == null ? null : DEMANGLED.get(symbol);
    Integer ln = line == null ? null : Integer.valueOf(line);
    return new Frame(raw, module, symbol, function, off, addr, file, ln, false);
  }
}
