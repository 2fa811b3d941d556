package dev.mycrash.symbols.itanium;

/**
 * Demangles one Itanium C++ ABI symbol the way GNU c++filt 2.40 does with default options.
 * Accepts {@code _Z...} and {@code _GLOBAL__I_...}/{@code _GLOBAL__D_...}; anything else, or
 * anything malformed, gives null. Like libiberty, symbols longer than 1024 characters are
 * refused (c++filt prints them unchanged), which also bounds parser depth.
 */
public final class Itanium {
  /** libiberty refuses symbols whose component table would exceed its recursion limit. */
  static final int MAX_SYMBOL_LENGTH = ParserCore.RECURSION_LIMIT / 2;
  /**
   * Nesting we handle on the caller's thread (a few hundred KB of stack at most); deeper symbols,
   * which only hostile or generated input has, are redone on a thread with a large stack.
   */
  static final int CALLER_DEPTH_BUDGET = 200;

  private Itanium() {}

  /** The demangled form of {@code mangled}, or null when c++filt would leave it unchanged. */
  public static String demangle(String mangled) {
    return demangle(mangled, true);
  }

  /**
   * As {@link #demangle(String)}; {@code verbose} false prints {@code std::string} for
   * {@code Ss} (and likewise {@code Si So Sd}) the way libstdc++'s {@code __cxa_demangle} does.
   */
  public static String demangle(String mangled, boolean verbose) {
    int nul = mangled.indexOf('\0');
    if (nul >= 0) {
      mangled = mangled.substring(0, nul);
    }
    if (mangled.length() > MAX_SYMBOL_LENGTH) {
      return null;
    }
    boolean isMangled = mangled.length() >= 2 && mangled.charAt(0) == '_' && mangled.charAt(1) == 'Z';
    int global = isMangled ? 0 : globalKind(mangled);
    if (!isMangled && global == 0) {
      return null;
    }
    String symbol = mangled;
    try {
      return run(symbol, isMangled, global, CALLER_DEPTH_BUDGET, verbose);
    } catch (TooDeep e) {
      return BigStack.call(() -> run(symbol, isMangled, global, Integer.MAX_VALUE, verbose));
    }
  }

  private static String run(String mangled, boolean isMangled, int global, int depthBudget,
      boolean verbose) {
    ItaniumParser parser = new ItaniumParser(mangled, 0, 1);
    parser.depthBudget = depthBudget;
    parser.verbose = verbose;
    Node dc = parse(parser, isMangled, global);
    if (dc == null && parser.unresolvedNameState == -1) {
      parser = new ItaniumParser(mangled, 0, 0);
      parser.depthBudget = depthBudget;
      parser.verbose = verbose;
      dc = parse(parser, isMangled, global);
    }
    return dc == null ? null : Printer.render(dc, depthBudget, 4 * mangled.length() + 64);
  }

  private static Node parse(ItaniumParser parser, boolean isMangled, int global) {
    Node dc;
    if (isMangled) {
      dc = parser.mangledName(true);
    } else {
      parser.advance(11);
      Node inner;
      if (parser.peek() == '_' && parser.peekNext() == 'Z') {
        parser.advance(2);
        inner = parser.encoding(false);
      } else {
        int start = parser.pos;
        int len = parser.remaining();
        inner = len > 0 ? ParserCore.name(parser.slice(start, start + len)) : null;
      }
      dc = parser.comp(global > 0 ? Kind.GLOBAL_CONSTRUCTORS : Kind.GLOBAL_DESTRUCTORS, inner, null);
      parser.advance(parser.remaining());
    }
    return parser.atEnd() ? dc : null;
  }

  /** 1 for {@code _GLOBAL_.I_}, -1 for {@code _GLOBAL_.D_} ({@code .} may be {@code _ $}), else 0. */
  private static int globalKind(String s) {
    if (s.length() < 11 || !s.startsWith("_GLOBAL_")) {
      return 0;
    }
    char sep = s.charAt(8);
    char kind = s.charAt(9);
    if ((sep == '.' || sep == '_' || sep == '$') && (kind == 'D' || kind == 'I')
        && s.charAt(10) == '_') {
      return kind == 'I' ? 1 : -1;
    }
    return 0;
  }
}
