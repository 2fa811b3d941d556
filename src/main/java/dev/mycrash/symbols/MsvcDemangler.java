package dev.mycrash.symbols;

/** Placeholder, replaced below. */
public final class MsvcDemangler {
  private MsvcDemangler() {}

  public static String demangle(String symbol) {
    return null;
  }
}
