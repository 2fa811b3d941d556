package dev.mycrash.symbols.itanium;

/**
 * Top of the grammar: {@code _Z <encoding> [.<clone suffix>]*}, where an encoding is a function
 * name with its parameter types, a data name, or a special name (vtable, typeinfo, guard
 * variable, thunk...). Sample: {@code _ZN4JOIN10exec_innerEv} is {@code JOIN::exec_inner()};
 * {@code _ZTV4JOIN} is {@code vtable for JOIN}; {@code _Z3foov.cold} is
 * {@code foo() [clone .cold]}.
 */
final class ItaniumParser extends NameParser {
  private final SpecialNames specialNames;

  ItaniumParser(String s, int start, int unresolvedNameState) {
    super(s, start);
    this.specialNames = new SpecialNames(this);
    this.unresolvedNameState = unresolvedNameState;
  }

  @Override
  Node mangledName(boolean topLevel) {
    if (!check('_') && topLevel) {
      return null;
    }
    if (!check('Z')) {
      return null;
    }
    Node p = encoding(topLevel);
    if (topLevel) {
      while (peek() == '.' && (isLower(peekNext()) || peekNext() == '_' || isDigit(peekNext()))) {
        p = cloneSuffix(p);
      }
    }
    return p;
  }

  @Override
  Node encoding(boolean topLevel) {
    char peek = peek();
    if (peek == 'G' || peek == 'T') {
      return specialNames.specialName();
    }
    Node dc = name(false);
    if (dc == null) {
      return null;
    }
    peek = peek();
    if (peek == 0 || peek == 'E') {
      return dc;
    }
    Node ftype = bareFunctionType(hasReturnType(dc));
    if (ftype == null) {
      return null;
    }
    if (!topLevel && dc.is(Kind.LOCAL_NAME) && ftype.is(Kind.FUNCTION_TYPE)) {
      ftype.left = null;
    }
    return comp(Kind.TYPED_NAME, dc, ftype);
  }

  private Node cloneSuffix(Node encoding) {
    int start = pos;
    int end = pos;
    char c1 = peekAt(1);
    if (peekAt(0) == '.' && (isLower(c1) || isDigit(c1) || c1 == '_')) {
      end += 2;
      while (isLower(at(end)) || isDigit(at(end)) || at(end) == '_') {
        end++;
      }
    }
    while (at(end) == '.' && isDigit(at(end + 1))) {
      end += 2;
      while (isDigit(at(end))) {
        end++;
      }
    }
    advance(end - start);
    Node n = end > start ? name(slice(start, end)) : null;
    return comp(Kind.CLONE, encoding, n);
  }

  private char at(int index) {
    return peekAt(index - pos);
  }

  /** Template functions print a return type, except ctors, dtors and conversion operators. */
  static boolean hasReturnType(Node dc) {
    if (dc == null) {
      return false;
    }
    switch (dc.kind) {
      case LOCAL_NAME:
        return hasReturnType(dc.right);
      case TEMPLATE:
        return !isCtorDtorOrConversion(dc.left);
      default:
        return dc.kind.isFunctionQualifier() && hasReturnType(dc.left);
    }
  }

  static boolean isCtorDtorOrConversion(Node dc) {
    if (dc == null) {
      return false;
    }
    switch (dc.kind) {
      case QUAL_NAME:
      case LOCAL_NAME:
        return isCtorDtorOrConversion(dc.right);
      case CTOR:
      case DTOR:
      case CONVERSION:
        return true;
      default:
        return false;
    }
  }
}
