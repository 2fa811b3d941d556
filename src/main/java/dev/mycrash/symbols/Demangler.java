package dev.mycrash.symbols;

/**
 * Demangles one C++ symbol for display: Itanium ({@code _ZN4JOIN10exec_innerEv} becomes
 * {@code JOIN::exec_inner()}, exactly as GNU c++filt prints it) or MSVC
 * ({@code ?fix_fields@Item_field@@UEAA_NPEAVTHD@@PEAPEAVItem@@@Z}, as Microsoft's undname prints
 * it). Never throws; anything it cannot demangle comes back unchanged.
 */
public final class Demangler {
  private Demangler() {}

  /** The demangled form of {@code symbol}, or {@code symbol} itself when it is not mangled. */
  public static String demangle(String symbol) {
    if (symbol == null || symbol.isEmpty()) {
      return symbol;
    }
    if (symbol.charAt(0) == '?') {
      String msvc = MsvcDemangler.demangle(symbol);
      return msvc != null ? msvc : symbol;
    }
    return CxxFilt.demangleToken(symbol);
  }
}
