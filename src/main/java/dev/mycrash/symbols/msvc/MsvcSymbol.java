package dev.mycrash.symbols.msvc;

/**
 * A whole decorated name: {@code ? <name> <scopes> @ <encoding>}. Functions print as
 * {@code public: virtual bool __cdecl Item_field::fix_fields(class THD * __ptr64,...) __ptr64},
 * data as {@code private: static bool std::ios_base::_Sync}, tables as
 * {@code const THD::`vftable'}.
 */
public final class MsvcSymbol extends MsvcNames {
  private static final String[] ACCESS = {"private: ", "protected: ", "public: "};

  private String special;

  private MsvcSymbol(String s) {
    super(s);
  }

  /** The undname form of {@code symbol}, or null when it is not a name we can read. */
  public static String demangle(String symbol) {
    if (symbol == null || !symbol.startsWith("?") || symbol.length() > 4096) {
      return null;
    }
    try {
      MsvcSymbol p = new MsvcSymbol(symbol);
      String out = p.symbol();
      return p.atEnd() ? out : null;
    } catch (Bad | StringIndexOutOfBoundsException e) {
      return null;
    }
  }

  private String symbol() {
    expect('?');
    String name = name();
    char c = next();
    if (c >= 'A' && c <= 'Z') {
      return function(c, name);
    }
    if (c >= '0' && c <= '4') {
      return data(c, name);
    }
    if (c == '6' || c == '7') {
      return table(name);
    }
    throw Bad.INSTANCE;
  }

  private String name() {
    if (!eat('?')) {
      return qualifiedName();
    }
    if (eat('$')) {
      return scopes(template(identifier()));
    }
    if (eat('0') || eat('1')) {
      boolean dtor = s.charAt(pos - 1) == '1';
      String scoped = scopes("");
      if (lastParts.size() < 2) {
        throw Bad.INSTANCE;
      }
      return scoped + (dtor ? "~" : "") + lastParts.get(1);
    }
    String code = eat('_') ? "_" + next() : String.valueOf(next());
    if (code.equals("B")) {
      special = "conversion";
      return scopes("operator");
    }
    String op = MsvcOperators.of(code);
    if (op == null) {
      throw Bad.INSTANCE;
    }
    return scopes(op);
  }

  private String function(char c, String name) {
    StringBuilder out = new StringBuilder();
    String thisCv = "";
    if (c == 'Y' || c == 'Z') {
      thisCv = null;
    } else {
      int group = (c - 'A') / 8;
      int kind = (c - 'A') % 8;
      if (group > 2 || kind >= 6) {
        throw Bad.INSTANCE;
      }
      out.append(ACCESS[group]);
      if (kind == 2 || kind == 3) {
        out.append("static ");
        thisCv = null;
      } else if (kind == 4 || kind == 5) {
        out.append("virtual ");
      }
    }
    if (thisCv != null) {
      boolean ptr64 = eat('E');
      String cv = cv(next());
      thisCv = (cv == null ? "" : cv) + (cv != null || ptr64 ? " " : "") + (ptr64 ? "__ptr64" : "");
    }
    String conv = callingConvention(next());
    String ret = returnType();
    String args = argumentList();
    if ("conversion".equals(special)) {
      name = name.substring(0, name.length() - "operator".length()) + "operator " + ret;
      ret = null;
    }
    if (ret != null) {
      out.append(ret).append(' ');
    }
    out.append(conv).append(' ').append(name).append('(').append(args).append(')');
    if (thisCv != null) {
      out.append(thisCv);
    }
    return out.toString();
  }

  private String data(char c, String name) {
    String prefix = c <= '2' ? ACCESS[c - '0'] + "static " : "";
    String type = type(false);
    boolean ptr64 = eat('E');
    String cv = cv(next());
    return prefix + type + (cv == null ? "" : " " + cv) + (ptr64 ? " __ptr64" : "") + " " + name;
  }

  private String table(String name) {
    String cv = cv(next());
    String out = (cv == null ? "" : cv + " ") + name;
    if (!eat('@')) {
      out += "{for `" + qualifiedName() + "'}";
    }
    return out;
  }
}
