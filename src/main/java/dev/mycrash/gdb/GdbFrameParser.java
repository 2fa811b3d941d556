package dev.mycrash.gdb;

import dev.mycrash.symbols.Frame;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One frame line of a gdb backtrace. The shapes gdb 13 prints:
 *
 * <pre>
 * #0  __pthread_kill_implementation (threadid=&lt;optimized out&gt;, signo=11) at ./nptl/pthread_kill.c:44
 * #1  0x000056433e6f20e8 in handle_fatal_signal ()
 * #2  &lt;signal handler called&gt;
 * #5  0x000056433e659c19 in Type_handler::Item_send_longlong(Item*, Protocol*, st_value*) const ()
 * #8  0x000056433e515062 in ?? ()
 * #9  0x00007f22ac2d44a3 in ?? () from /lib/x86_64-linux-gnu/libstdc++.so.6
 * </pre>
 *
 * The frame's {@code symbol} is the name as printed (with the C++ parameter list when gdb had only
 * the demangled ELF symbol), {@code function} the name without parameters, qualifiers or clone
 * suffixes ({@code Type_handler::Item_send_longlong}); both are null for {@code ??}.
 */
final class GdbFrameParser {
  private static final Pattern FRAME = Pattern.compile("^#(\\d+)\\s+(?:(0x[0-9a-fA-F]+) in )?(.+?)\\s*$");
  private static final Pattern FROM = Pattern.compile("^(.*\\)) from (\\S+)$");
  private static final Pattern AT = Pattern.compile("^(.*\\)) at (.+):(\\d+)$");

  private GdbFrameParser() {}

  /** The frame on {@code line}, or null when it is not a frame line. */
  static Frame parse(String line) {
    Matcher m = FRAME.matcher(line);
    if (!m.matches()) {
      return null;
    }
    String address = m.group(2);
    String rest = m.group(3);
    if (rest.equals(GdbThread.SIGNAL_HANDLER_CALLED)) {
      return new Frame(line, null, rest, null, null, address, null, null, true);
    }
    String module = null;
    String file = null;
    Integer lineNo = null;
    Matcher from = FROM.matcher(rest);
    Matcher at = AT.matcher(rest);
    if (from.matches()) {
      rest = from.group(1);
      module = from.group(2);
    } else if (at.matches()) {
      rest = at.group(1);
      file = at.group(2);
      lineNo = Integer.valueOf(at.group(3));
    }
    String name = rest.substring(0, argsStart(rest)).strip();
    if (name.isEmpty() || name.equals("??")) {
      return new Frame(line, module, null, null, null, address, file, lineNo, false);
    }
    return new Frame(line, module, name, GdbNames.function(name), null, address, file, lineNo, false);
  }

  /** Where the last top-level parenthesised group (the arguments) starts; quotes are skipped. */
  static int argsStart(String s) {
    int depth = 0;
    int start = s.length();
    char quote = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if ((c == '"' || c == '\'') && depth > 0) {
        quote = c;
      } else if (c == '(') {
        if (depth++ == 0) {
          start = i;
        }
      } else if (c == ')' && depth > 0) {
        depth--;
      }
    }
    return depth == 0 ? start : s.length();
  }
}
