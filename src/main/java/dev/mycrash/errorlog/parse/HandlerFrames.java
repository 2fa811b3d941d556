package dev.mycrash.errorlog.parse;

import dev.mycrash.symbols.Frame;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Marks the frames of the signal handler and the abort machinery, so a report can show where
 * the server really was. Names come from {@code handler-frames.txt} (see the README beside it);
 * the rules that need position are here:
 *
 * <ol>
 *   <li>a frame whose function (before any "(") is listed is a handler frame;
 *   <li>frames above the first handler frame when it is among the top three (ASAN's backtrace
 *       interceptor, e.g. {@code libasan.so.5(+0x6cd40)}) are handler frames;
 *   <li>a frame with no function name in a system library ({@code libc.so}, {@code libpthread.so}),
 *       or a bare address in no object ({@code [0x966400]}, 32-bit Linux: the vDSO's sigreturn), directly
 *       after {@code handle_fatal_signal}/{@code handle_segfault} is the signal trampoline;
 *   <li>C-library frames directly after {@code abort} are {@code __assert_fail} internals
 *       (e.g. {@code intl/loadmsgcat.c:1177(_nl_load_domain)}, {@code libc.so.6(+0x34ec2)});
 *   <li>a name listed with a trailing {@code *} is a prefix: sanitizer runtime frames
 *       ({@code __sanitizer_*}, {@code __asan_*}, {@code __interceptor_*}) are the report machinery,
 *       and so is any frame in a sanitizer runtime library ({@code libasan.so.5(+0x12b6a2)});
 *   <li>a run of unnamed frames ({@code mysqld(+0x6b0adc)}) with handler frames on both sides is
 *       handler machinery too (an inlined or stripped abort path, e.g. before
 *       {@code ib::fatal::~fatal()}); an unnamed frame after the last handler frame is not.
 * </ol>
 */
public final class HandlerFrames {
  private static final Set<String> ALL = load();
  private static final Set<String> NAMES = exact(ALL, false);
  private static final List<String> PREFIXES = List.copyOf(exact(ALL, true));
  private static final Set<String> ABORT = new HashSet<>(List.of("abort", "__GI_abort"));
  private static final Set<String> SIGNAL =
      new HashSet<>(List.of("handle_fatal_signal", "handle_segfault", "print_fatal_signal"));

  private HandlerFrames() {}

  /** The function names from the data file (for tests and docs). */
  public static Set<String> names() {
    return NAMES;
  }

  /** {@code frames} with {@code handler} set by the rules above. */
  public static List<Frame> mark(List<Frame> frames) {
    List<Frame> out = new ArrayList<>(frames.size());
    int firstNamed = -1;
    for (int i = 0; i < frames.size(); i++) {
      if (listed(frames.get(i))) {
        firstNamed = i;
        break;
      }
    }
    String ctx = null;
    for (int i = 0; i < frames.size(); i++) {
      Frame f = frames.get(i);
      String name = base(f);
      boolean h = listed(f)
          || (firstNamed >= 0 && firstNamed < 3 && i < firstNamed)
          || ("signal".equals(ctx) && name == null && (systemLibrary(f) || noObject(f)))
          || ("abort".equals(ctx) && cLibrary(f));
      out.add(f.withHandler(h));
      ctx = context(h, name, ctx);
    }
    return between(out);
  }

  /** Rule 5: unnamed frames enclosed by handler frames. */
  private static List<Frame> between(List<Frame> in) {
    List<Frame> out = new ArrayList<>(in);
    for (int i = 1; i < out.size(); i++) {
      if (!out.get(i - 1).handler() || out.get(i).handler() || base(out.get(i)) != null) {
        continue;
      }
      int j = i;
      while (j < out.size() && !out.get(j).handler() && base(out.get(j)) == null) {
        j++;
      }
      if (j < out.size() && out.get(j).handler()) {
        for (int k = i; k < j; k++) {
          out.set(k, out.get(k).withHandler(true));
        }
      }
      i = j;
    }
    return out;
  }

  private static boolean listed(Frame f) {
    String name = base(f);
    if (name != null && NAMES.contains(name)) {
      return true;
    }
    if (name != null) {
      for (String p : PREFIXES) {
        if (name.startsWith(p)) {
          return true;
        }
      }
    }
    String m = f.module();
    return m != null && m.contains("san.so") && SANITIZER_LIB.matcher(m).find();
  }

  private static final java.util.regex.Pattern SANITIZER_LIB =
      java.util.regex.Pattern.compile("(?:^|/)lib(?:asan|ubsan|tsan|msan|lsan|hwasan)\\.so");

  /** Source directories of the C library (addr2line frames of glibc). */
  private static final java.util.regex.Pattern C_SOURCE =
      java.util.regex.Pattern.compile("(intl|assert|stdlib|posix|nptl|signal|libio|sysdeps)/.*");

  private static Set<String> exact(Set<String> all, boolean prefixes) {
    Set<String> s = new HashSet<>();
    for (String n : all) {
      if (n.endsWith("*") == prefixes) {
        s.add(prefixes ? n.substring(0, n.length() - 1) : n);
      }
    }
    return java.util.Collections.unmodifiableSet(s);
  }

  private static String context(boolean handler, String name, String ctx) {
    if (!handler) {
      return null;
    }
    if (SIGNAL.contains(name)) {
      return "signal";
    }
    if (ABORT.contains(name) || ("abort".equals(ctx) && !NAMES.contains(name))) {
      return "abort";
    }
    return null;
  }

  static String base(Frame f) {
    String fn = f.function();
    if (fn == null) {
      return null;
    }
    int p = fn.indexOf('(');
    return p > 0 ? fn.substring(0, p) : fn;
  }

  private static boolean systemLibrary(Frame f) {
    String m = f.module();
    return m != null && (m.contains("/libc.so") || m.contains("/libpthread.so") || m.contains("libc.so.") || m.contains("libpthread"));
  }

  private static boolean noObject(Frame f) {
    return f.module() == null && f.file() == null && f.address() != null;
  }

  private static boolean cLibrary(Frame f) {
    if (systemLibrary(f)) {
      return true;
    }
    String file = f.file();
    return f.module() == null && file != null && C_SOURCE.matcher(file).matches();
  }

  private static Set<String> load() {
    Set<String> s = new HashSet<>();
    try (InputStream in = HandlerFrames.class.getResourceAsStream("/dev/mycrash/errorlog/handler-frames.txt")) {
      if (in == null) {
        throw new IllegalStateException("handler-frames.txt missing from the jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        if (!t.matches("[A-Za-z_][\\w:~]*\\*?")) {
          throw new IllegalStateException("handler-frames.txt: not a function name: " + t);
        }
        s.add(t);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return java.util.Collections.unmodifiableSet(s);
  }
}
