package dev.mycrash.symbols;

/** Demangles C++ symbols (Itanium ABI, as GNU c++filt prints them). */
public final class Demangler {
  private Demangler() {}

  /** The demangled form of {@code symbol}, or {@code symbol} itself when it is not mangled. */
  public static String demangle(String symbol) {
    return symbol; // replaced by the Itanium demangler (issue 3)
  }
}
