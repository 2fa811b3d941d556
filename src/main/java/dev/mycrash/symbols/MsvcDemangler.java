package dev.mycrash.symbols;

import dev.mycrash.symbols.msvc.MsvcSymbol;

/**
 * Demangles MSVC-decorated names ({@code ?fix_fields@Item_field@@UEAA_NPEAVTHD@@PEAPEAVItem@@@Z})
 * into the form Microsoft's {@code undname} prints
 * ({@code public: virtual bool __cdecl Item_field::fix_fields(class THD * __ptr64,class Item *
 * __ptr64 * __ptr64) __ptr64}). Covers the shapes of mysqld backtraces: member and free
 * functions, ctors/dtors, operators, pointers, references, classes, templates, const, static data,
 * vftables. Anything else gives null.
 */
public final class MsvcDemangler {
  private MsvcDemangler() {}

  /** The undname form, or null when {@code symbol} is not an MSVC name we can read. */
  public static String demangle(String symbol) {
    return MsvcSymbol.demangle(symbol);
  }
}
