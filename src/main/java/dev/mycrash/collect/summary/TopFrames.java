package dev.mycrash.collect.summary;

import dev.mycrash.symbols.Demangler;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first frames of a server-printed backtrace after the crash machinery. Frame shapes:
 *
 * <pre>
 * /usr/sbin/mariadbd(_ZN4JOIN10exec_innerEv+0xf72)[0x56433e52b1a2]   module(symbol+off)[addr]
 * /usr/sbin/mariadbd(+0x899062)[0x56433e515062]                       module(+off)[addr]
 * udf/crash_udf.c:10(crash_segv)[0x7f22acd70160]                      file:line(function)[addr]
 * </pre>
 *
 * Frames named in {@code handler-frames.txt} are skipped.
 */
public final class TopFrames {
  private static final Pattern MODULE_FRAME = Pattern.compile("^(\\S+?)\\(([^()]*)\\)\\s*\\[(0x[0-9a-fA-F]+)\\]\\s*$");
  private static final Set<String> HANDLERS = load();

  private TopFrames() {}

  public static List<String> of(List<String> section, int max) {
    List<String> out = new ArrayList<>();
    for (String line : section) {
      Matcher m = MODULE_FRAME.matcher(line.strip());
      if (!m.matches() || out.size() >= max) {
        continue;
      }
      String frame = describe(m.group(1), m.group(2));
      if (frame != null) {
        out.add(frame);
      }
    }
    return out;
  }

  /** "JOIN::exec_inner() in /usr/sbin/mariadbd", "crash_segv at udf/crash_udf.c:10", or null for a handler frame. */
  private static String describe(String where, String inParens) {
    String sym = inParens.replaceAll("\\+0x[0-9a-fA-F]+$", "");
    if (sym.isEmpty()) {
      return "?? " + inParens + " in " + where;
    }
    String fn = Demangler.demangle(sym);
    String bare = fn.replaceAll("\\(.*$", "");
    if (HANDLERS.contains(bare) || HANDLERS.contains(sym)) {
      return null;
    }
    return where.matches(".*:\\d+$") ? fn + " at " + where : fn + " in " + where;
  }

  private static Set<String> load() {
    try (var in = TopFrames.class.getResourceAsStream("handler-frames.txt");
        var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      Set<String> s = new HashSet<>();
      for (String line; (line = r.readLine()) != null; ) {
        String n = line.replaceAll("#.*", "").strip();
        if (!n.isEmpty()) {
          if (n.contains(" ")) {
            throw new IllegalStateException("handler-frames.txt: bad entry '" + n + "'");
          }
          s.add(n);
        }
      }
      return Set.copyOf(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
