package dev.mycrash.symbols.itanium;

/**
 * An operator of the Itanium mangling ({@code pl} is {@code +} with two operands). The table is the
 * ABI's operator list as GNU libiberty prints it (note the trailing space of {@code "sizeof "},
 * which the printer trims after {@code operator}).
 */
record Operator(String code, String name, int args) {
  private static final Operator[] BY_CHARS = new Operator[128 * 128];

  static {
    String[][] table = {
      {"aN", "&=", "2"}, {"aS", "=", "2"}, {"aa", "&&", "2"}, {"ad", "&", "1"}, {"an", "&", "2"},
      {"at", "alignof ", "1"}, {"aw", "co_await ", "1"}, {"az", "alignof ", "1"},
      {"cc", "const_cast", "2"}, {"cl", "()", "2"}, {"cm", ",", "2"}, {"co", "~", "1"},
      {"dV", "/=", "2"}, {"dX", "[...]=", "3"}, {"da", "delete[] ", "1"},
      {"dc", "dynamic_cast", "2"}, {"de", "*", "1"}, {"di", "=", "2"}, {"dl", "delete ", "1"},
      {"ds", ".*", "2"}, {"dt", ".", "2"}, {"dv", "/", "2"}, {"dx", "]=", "2"}, {"eO", "^=", "2"},
      {"eo", "^", "2"}, {"eq", "==", "2"}, {"fL", "...", "3"}, {"fR", "...", "3"},
      {"fl", "...", "2"}, {"fr", "...", "2"}, {"ge", ">=", "2"}, {"gs", "::", "1"},
      {"gt", ">", "2"}, {"ix", "[]", "2"}, {"lS", "<<=", "2"}, {"le", "<=", "2"},
      {"li", "operator\"\" ", "1"}, {"ls", "<<", "2"}, {"lt", "<", "2"}, {"mI", "-=", "2"},
      {"mL", "*=", "2"}, {"mi", "-", "2"}, {"ml", "*", "2"}, {"mm", "--", "1"},
      {"na", "new[]", "3"}, {"ne", "!=", "2"}, {"ng", "-", "1"}, {"nt", "!", "1"},
      {"nw", "new", "3"}, {"oR", "|=", "2"}, {"oo", "||", "2"}, {"or", "|", "2"},
      {"pL", "+=", "2"}, {"pl", "+", "2"}, {"pm", "->*", "2"}, {"pp", "++", "1"},
      {"ps", "+", "1"}, {"pt", "->", "2"}, {"qu", "?", "3"}, {"rM", "%=", "2"},
      {"rS", ">>=", "2"}, {"rc", "reinterpret_cast", "2"}, {"rm", "%", "2"}, {"rs", ">>", "2"},
      {"sP", "sizeof...", "1"}, {"sZ", "sizeof...", "1"}, {"sc", "static_cast", "2"},
      {"ss", "<=>", "2"}, {"st", "sizeof ", "1"}, {"sz", "sizeof ", "1"}, {"tr", "throw", "0"},
      {"tw", "throw ", "1"},
    };
    for (String[] row : table) {
      Operator op = new Operator(row[0], row[1], Integer.parseInt(row[2]));
      BY_CHARS[row[0].charAt(0) * 128 + row[0].charAt(1)] = op;
    }
  }

  static Operator byCode(char c1, char c2) {
    return c1 < 128 && c2 < 128 ? BY_CHARS[c1 * 128 + c2] : null;
  }

  boolean is(String c) {
    return code.equals(c);
  }

  /** {@code static_cast} and friends: printed as {@code name<type>(expr)}. */
  boolean isNewCast() {
    char c0 = code.charAt(0);
    return code.charAt(1) == 'c' && (c0 == 's' || c0 == 'd' || c0 == 'c' || c0 == 'r');
  }
}
