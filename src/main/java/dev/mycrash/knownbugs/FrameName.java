package dev.mycrash.knownbugs;

import dev.mycrash.Memo;
import dev.mycrash.symbols.Demangler;
import dev.mycrash.symbols.Frame;
import java.util.regex.Pattern;

/**
 * The name a signature uses for a frame: the demangled function without its argument list,
 * return type, {@code [clone .cold]}-style suffix, offset, address or path. Examples:
 *
 * <pre>
 * Type_handler::Item_send_longlong(Item*, Protocol*, st_value*) const  -&gt; Type_handler::Item_send_longlong
 * _ZN4JOIN10exec_innerEv (once demangled)                              -&gt; JOIN::exec_inner
 * row_ins_sec_index_entry_low(...) [clone .cold]                       -&gt; row_ins_sec_index_entry_low
 * ?? / (+0x899062) / null                                              -&gt; null (no name)
 * </pre>
 */
public final class FrameName {
  private static final Pattern CLONE = Pattern.compile("\\s*\\[clone [^\\]]*\\]");
  private static final Pattern OFFSET = Pattern.compile("\\+0x[0-9a-fA-F]+$");
  private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]+");
  private static final String ANON = "(anonymous namespace)";
  /** Names already normalised: every crash is compared with the same entry frames. */
  private static final Memo<String> SEEN = new Memo<>(FrameName::normaliseOnce, 50_000);

  private FrameName() {}

  /** The normalised name of {@code f}, or null when the frame carries no usable name. */
  public static String of(Frame f) {
    String name = f.function() != null ? f.function() : f.symbol();
    return normalise(name);
  }

  /** Normalises one printed function name; null when nothing usable is left. */
  public static String normalise(String printed) {
    if (printed == null) {
      return null;
    }
    return SEEN.get(printed);
  }

  private static String normaliseOnce(String printed) {
    String s = printed.strip();
    s = OFFSET.matcher(s).replaceFirst("");
    if (s.startsWith("_Z")) {
      String full = Demangler.demangle(s);
      String nameOnly = MangledName.of(s);
      s = !full.equals(s) ? full : nameOnly != null ? nameOnly : s;
    }
    s = CLONE.matcher(s).replaceAll("");
    s = stripArguments(s);
    s = stripReturnType(s);
    if (s.isEmpty() || s.equals("??") || ADDRESS.matcher(s).matches() || s.startsWith("+")) {
      return null;
    }
    return s;
  }

  /**
   * The name as mariadb-qa cuts it: at the first '(' wherever it is ({@code s|[ ]*(.*||}), so
   * {@code std::function<void ()>::operator()} becomes {@code std::function<void}, as in
   * known_bugs.strings. A name starting with {@code (anonymous namespace)} is left whole.
   */
  public static String qaCut(String name) {
    if (name == null || name.startsWith(ANON)) {
      return name;
    }
    return name.replaceFirst("[ ]*\\(.*", "");
  }

  /** Cuts the argument list: the first '(' outside template arguments, except in operator(). */
  private static String stripArguments(String s) {
    int depth = 0;
    for (int p = 0; p < s.length(); p++) {
      char c = s.charAt(p);
      if (c == '<') {
        depth++;
      } else if (c == '>' && depth > 0) {
        depth--;
      } else if (c == '(' && depth == 0) {
        if (s.startsWith(ANON, p)) {
          p += ANON.length() - 1;
        } else if (p >= 8 && s.startsWith("operator()", p - 8)) {
          p++;
        } else {
          return s.substring(0, p).strip();
        }
      }
    }
    return s.strip();
  }

  /** Drops a leading return type ("void foo" -&gt; "foo"), ignoring spaces inside templates. */
  private static String stripReturnType(String s) {
    if (s.contains("operator")) {
      return s;
    }
    int depth = 0;
    int lastSpace = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '<' || c == '(') {
        depth++;
      } else if ((c == '>' || c == ')') && depth > 0) {
        depth--;
      } else if (c == ' ' && depth == 0) {
        lastSpace = i;
      }
    }
    return lastSpace < 0 ? s : s.substring(lastSpace + 1);
  }
}
