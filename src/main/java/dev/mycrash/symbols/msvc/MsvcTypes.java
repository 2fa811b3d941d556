package dev.mycrash.symbols.msvc;

import java.util.ArrayList;
import java.util.List;

/**
 * MSVC type codes, printed as Microsoft's undname prints them: {@code H} is {@code int},
 * {@code PEAVTHD@@} is {@code class THD * __ptr64}, {@code AEBV?$complex@M@std@@} is
 * {@code class std::complex<float> const & __ptr64}, {@code P6AXXZ} is
 * {@code void (__cdecl*)(void)}.
 */
class MsvcTypes extends MsvcCursor {
  private static final String BASIC = "CDEFGHIJKMNOX";
  private static final String[] BASIC_NAMES = {
    "signed char", "char", "unsigned char", "short", "unsigned short", "int", "unsigned int",
    "long", "unsigned long", "float", "double", "long double", "void",
  };
  private static final String EXTENDED = "DEFGHIJKLNQSUW";
  private static final String[] EXTENDED_NAMES = {
    "__int8", "unsigned __int8", "__int16", "unsigned __int16", "__int32", "unsigned __int32",
    "__int64", "unsigned __int64", "__int128", "bool", "char8_t", "char16_t", "char32_t", "wchar_t",
  };

  MsvcTypes(String s) {
    super(s);
  }

  /** Overridden by the name parser: a qualified name ending in {@code @}. */
  String qualifiedName() {
    throw Bad.INSTANCE;
  }

  String type(boolean inArgs) {
    enter();
    try {
      return typeRule(inArgs);
    } finally {
      leave();
    }
  }

  private String typeRule(boolean inArgs) {
    char c = next();
    int basic = BASIC.indexOf(c);
    if (basic >= 0) {
      return BASIC_NAMES[basic];
    }
    switch (c) {
      case '_': {
        int ext = EXTENDED.indexOf(next());
        if (ext < 0) {
          throw Bad.INSTANCE;
        }
        return EXTENDED_NAMES[ext];
      }
      case 'P': return pointer(" *", null, inArgs);
      // Outside a parameter list the pointer's own cv is already in the enclosing modifier.
      case 'Q': return pointer(" *", inArgs ? " const" : null, inArgs);
      case 'R': return pointer(" *", inArgs ? " volatile" : null, inArgs);
      case 'S': return pointer(" *", inArgs ? " const volatile" : null, inArgs);
      case 'A': return pointer(" &", null, inArgs);
      case 'B': return pointer(" &", inArgs ? " volatile" : null, inArgs);
      case '?': return pointer(null, null, inArgs);
      case 'V': return "class " + qualifiedName();
      case 'U': return "struct " + qualifiedName();
      case 'T': return "union " + qualifiedName();
      case 'W':
        next();
        return "enum " + qualifiedName();
      case '$':
        return dollarType(inArgs);
      default:
        throw Bad.INSTANCE;
    }
  }

  private String dollarType(boolean inArgs) {
    if (eat("$Q")) {
      return pointer(" &&", null, inArgs);
    }
    if (eat("$R")) {
      return pointer(" &&", " volatile", inArgs);
    }
    if (eat("$C")) {
      String cv = cv(next());
      String t = type(inArgs);
      return cv == null ? t : t + " " + cv;
    }
    if (eat("$T")) {
      return "std::nullptr_t";
    }
    throw Bad.INSTANCE;
  }

  /** Pointer, reference or cv-qualified class: {@code [E] <cv> <pointee>}. */
  private String pointer(String ref, String pointerCv, boolean inArgs) {
    boolean ptr64 = eat('E');
    if (ref != null && eat('6')) {
      return functionPointer(ref.trim(), pointerCv == null ? "" : pointerCv.trim());
    }
    String cv = cv(next());
    String sub = type(false);
    String left;
    if (cv != null) {
      left = sub + " " + cv + (ref == null ? "" : ref);
    } else if (ref == null) {
      left = sub;
    } else if (!inArgs && ref.equals(" *") && sub.endsWith("*")) {
      left = sub + "*";
    } else {
      left = sub + ref;
    }
    if (ptr64) {
      left += " __ptr64";
    }
    return pointerCv == null ? left : left + pointerCv;
  }

  private String functionPointer(String ref, String pointerCv) {
    String conv = callingConvention(next());
    String ret = returnType();
    if (ret == null) {
      throw Bad.INSTANCE;
    }
    String args = argumentList();
    return ret + " (" + conv + ref + pointerCv + ")(" + args + ")";
  }

  static String cv(char c) {
    switch (c) {
      case 'A': return null;
      case 'B': return "const";
      case 'C': return "volatile";
      case 'D': return "const volatile";
      default: throw Bad.INSTANCE;
    }
  }

  static String callingConvention(char c) {
    switch (c) {
      case 'A': case 'B': return "__cdecl";
      case 'C': case 'D': return "__pascal";
      case 'E': case 'F': return "__thiscall";
      case 'G': case 'H': return "__stdcall";
      case 'I': case 'J': return "__fastcall";
      case 'Q': return "__vectorcall";
      default: throw Bad.INSTANCE;
    }
  }

  /** A return type, or null for {@code @} (constructors and destructors have none). */
  String returnType() {
    if (eat('@')) {
      return null;
    }
    return type(false);
  }

  /** {@code X} (void), or types up to {@code @}, or up to {@code Z} meaning {@code ...}. */
  String argumentList() {
    if (eat('X')) {
      expect('Z');
      return "void";
    }
    List<String> args = new ArrayList<>();
    while (true) {
      char c = peek();
      if (c == '@') {
        next();
        break;
      }
      if (c == 'Z') {
        next();
        args.add("...");
        break;
      }
      if (c >= '0' && c <= '9') {
        next();
        int i = c - '0';
        if (i >= argTypes.size()) {
          throw Bad.INSTANCE;
        }
        args.add(argTypes.get(i));
        continue;
      }
      int start = pos;
      String t = type(true);
      if (pos - start > 1 && argTypes.size() < 10) {
        argTypes.add(t);
      }
      args.add(t);
    }
    expect('Z');
    return String.join(",", args);
  }
}
