package dev.mycrash.knownbugs;

import java.util.List;
import java.util.Locale;

/** Whether every matcher of a curated entry holds for a crash. */
final class StructuredMatch {
  private StructuredMatch() {}

  static boolean matches(Matchers m, Signature s, CrashFacts f) {
    return signal(m, f)
        && assertion(m, f)
        && assertionAt(m, f)
        && (m.frames() == null || inOrder(m.frames(), s.stack()))
        && (m.message() == null || m.messagePattern().matcher(f.crashText()).find())
        && (m.latch() == null || f.latches().stream().anyMatch(l -> sameLatch(m.latch(), l)))
        && (m.uniqueIds() == null || (!s.uniqueIdFrames().isEmpty() && uniqueId(m.uniqueIds(), s.uniqueId())))
        && (m.hash() == null || m.hash().equals(s.hash()));
  }

  /** Latch names as servers print them: {@code '&kernel_mutex'} (5.x), {@code LOCK_SYS}, {@code dict_sys.latch}. */
  static boolean sameLatch(String wanted, String seen) {
    return latchName(wanted).equals(latchName(seen));
  }

  /** The latch name without the quotes and {@code &} of 5.x mutex names. */
  static String latchName(String s) {
    String n = s.strip();
    if (n.length() > 1 && n.startsWith("'") && n.endsWith("'")) {
      n = n.substring(1, n.length() - 1);
    }
    return n.startsWith("&") ? n.substring(1) : n;
  }

  private static boolean signal(Matchers m, CrashFacts f) {
    return m.signal() == null || m.signal().equals(f.signal());
  }

  private static boolean assertion(Matchers m, CrashFacts f) {
    if (m.assertion() == null) {
      return true;
    }
    return f.assertionText() != null && f.assertionText().contains(m.assertion());
  }

  private static boolean assertionAt(Matchers m, CrashFacts f) {
    if (m.assertionAt() == null) {
      return true;
    }
    if (f.assertionAt() == null) {
      return false;
    }
    return m.assertionAt().contains(":")
        ? f.assertionAt().equals(m.assertionAt())
        : f.assertionAt().startsWith(m.assertionAt() + ":") || f.assertionAt().equals(m.assertionAt());
  }

  /** True when {@code wanted} appear in this order (not necessarily adjacent) in {@code stack}. */
  static boolean inOrder(List<String> wanted, List<String> stack) {
    int at = 0;
    for (String w : wanted) {
      String name = FrameName.normalise(w);
      while (at < stack.size() && !stack.get(at).equals(name)) {
        at++;
      }
      if (at == stack.size()) {
        return false;
      }
      at++;
    }
    return true;
  }

  private static boolean uniqueId(List<String> ids, String crash) {
    String c = crash.toLowerCase(Locale.ROOT);
    return !c.isBlank() && ids.stream().anyMatch(i -> i.toLowerCase(Locale.ROOT).contains(c));
  }
}
