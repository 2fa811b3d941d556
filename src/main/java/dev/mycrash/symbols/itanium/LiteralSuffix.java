package dev.mycrash.symbols.itanium;

/** The suffix c++filt puts on an integer literal of a builtin type ({@code 1ul}). */
final class LiteralSuffix {
  private LiteralSuffix() {}

  static boolean isInteger(Builtin.Style s) {
    switch (s) {
      case INT: case UNSIGNED: case LONG: case UNSIGNED_LONG: case LONG_LONG:
      case UNSIGNED_LONG_LONG:
        return true;
      default:
        return false;
    }
  }

  static String of(Builtin.Style s) {
    switch (s) {
      case UNSIGNED: return "u";
      case LONG: return "l";
      case UNSIGNED_LONG: return "ul";
      case LONG_LONG: return "ll";
      case UNSIGNED_LONG_LONG: return "ull";
      default: return "";
    }
  }
}
