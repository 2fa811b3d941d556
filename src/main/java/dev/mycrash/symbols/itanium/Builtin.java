package dev.mycrash.symbols.itanium;

/** A builtin type and how a literal of that type is printed. */
record Builtin(String name, Style style) {
  enum Style { DEFAULT, INT, UNSIGNED, LONG, UNSIGNED_LONG, LONG_LONG, UNSIGNED_LONG_LONG, BOOL, FLOAT, VOID }

  private static final Builtin[] LETTERS = new Builtin[26];

  static final Builtin DECIMAL32 = new Builtin("decimal32", Style.DEFAULT);
  static final Builtin DECIMAL64 = new Builtin("decimal64", Style.DEFAULT);
  static final Builtin DECIMAL128 = new Builtin("decimal128", Style.DEFAULT);
  static final Builtin HALF = new Builtin("half", Style.FLOAT);
  static final Builtin CHAR8 = new Builtin("char8_t", Style.DEFAULT);
  static final Builtin CHAR16 = new Builtin("char16_t", Style.DEFAULT);
  static final Builtin CHAR32 = new Builtin("char32_t", Style.DEFAULT);
  static final Builtin NULLPTR = new Builtin("decltype(nullptr)", Style.DEFAULT);
  static final Builtin FLOAT_N = new Builtin("_Float", Style.FLOAT);
  static final Builtin BFLOAT16 = new Builtin("std::bfloat16_t", Style.FLOAT);

  static {
    put('a', "signed char", Style.DEFAULT);
    put('b', "bool", Style.BOOL);
    put('c', "char", Style.DEFAULT);
    put('d', "double", Style.FLOAT);
    put('e', "long double", Style.FLOAT);
    put('f', "float", Style.FLOAT);
    put('g', "__float128", Style.FLOAT);
    put('h', "unsigned char", Style.DEFAULT);
    put('i', "int", Style.INT);
    put('j', "unsigned int", Style.UNSIGNED);
    put('l', "long", Style.LONG);
    put('m', "unsigned long", Style.UNSIGNED_LONG);
    put('n', "__int128", Style.DEFAULT);
    put('o', "unsigned __int128", Style.DEFAULT);
    put('s', "short", Style.DEFAULT);
    put('t', "unsigned short", Style.DEFAULT);
    put('v', "void", Style.VOID);
    put('w', "wchar_t", Style.DEFAULT);
    put('x', "long long", Style.LONG_LONG);
    put('y', "unsigned long long", Style.UNSIGNED_LONG_LONG);
    put('z', "...", Style.DEFAULT);
  }

  private static void put(char c, String name, Style style) {
    LETTERS[c - 'a'] = new Builtin(name, style);
  }

  /** The builtin for a one-letter code, or null (k, p, q, r, u are not builtins). */
  static Builtin letter(char c) {
    return c >= 'a' && c <= 'z' ? LETTERS[c - 'a'] : null;
  }
}
