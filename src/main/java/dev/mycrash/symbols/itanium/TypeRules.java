package dev.mycrash.symbols.itanium;

/**
 * The unqualified alternatives of {@code <type>}. Sample: {@code i} is {@code int},
 * {@code Dv4_f} is {@code float __vector(4)}, {@code A10_c} is {@code char [10]},
 * {@code DTfp_E} is {@code decltype ({parm#1})}.
 */
final class TypeRules {
  private final TypeParser p;

  private final DTypeRules dTypes;

  TypeRules(TypeParser p) {
    this.p = p;
    this.dTypes = new DTypeRules(p);
  }

  Node unqualifiedType() {
    char peek = p.peek();
    Builtin b = peek == 'k' || peek == 'p' || peek == 'q' || peek == 'r' || peek == 'u'
        ? null : Builtin.letter(peek);
    if (b != null) {
      p.advance(1);
      return new Node(Kind.BUILTIN_TYPE, null, null, null, 0, null, b);
    }
    Node ret;
    switch (peek) {
      case 'u':
        p.advance(1);
        ret = p.comp(Kind.VENDOR_TYPE, p.sourceName(), null);
        break;
      case 'F':
        ret = p.functionType();
        break;
      case 'A':
        ret = arrayType();
        break;
      case 'M':
        ret = pointerToMember();
        break;
      case 'T':
        ret = templateParamType();
        break;
      case 'O':
        ret = wrap(Kind.RVALUE_REFERENCE);
        break;
      case 'P':
        ret = wrap(Kind.POINTER);
        break;
      case 'R':
        ret = wrap(Kind.REFERENCE);
        break;
      case 'C':
        ret = wrap(Kind.COMPLEX);
        break;
      case 'G':
        ret = wrap(Kind.IMAGINARY);
        break;
      case 'U':
        ret = vendorQualified();
        break;
      case 'D':
        return dTypes.dType();
      default:
        return p.name(true);
    }
    return p.addSub(ret) ? ret : null;
  }

  private Node wrap(Kind kind) {
    p.advance(1);
    return p.comp(kind, p.type(), null);
  }

  private Node vendorQualified() {
    p.advance(1);
    Node ret = p.sourceName();
    if (p.peek() == 'I') {
      ret = p.comp(Kind.TEMPLATE, ret, p.templateArgs());
    }
    return p.comp(Kind.VENDOR_TYPE_QUAL, p.type(), ret);
  }

  private Node templateParamType() {
    Node ret = p.templateParam();
    if (p.peek() != 'I') {
      return ret;
    }
    if (!p.isConversion) {
      if (!p.addSub(ret)) {
        return null;
      }
      return p.comp(Kind.TEMPLATE, ret, p.templateArgs());
    }
    int savedPos = p.pos;
    int savedSubs = p.subs.size();
    Node args = p.templateArgs();
    if (p.peek() == 'I') {
      if (!p.addSub(ret)) {
        return null;
      }
      return p.comp(Kind.TEMPLATE, ret, args);
    }
    p.pos = savedPos;
    while (p.subs.size() > savedSubs) {
      p.subs.remove(p.subs.size() - 1);
    }
    return ret;
  }

  /** {@code A <number> _ <type>} or {@code A [<expression>] _ <type>}. */
  private Node arrayType() {
    if (!p.check('A')) {
      return null;
    }
    Node dim;
    char peek = p.peek();
    if (peek == '_') {
      dim = null;
    } else if (ParserCore.isDigit(peek)) {
      int start = p.pos;
      do {
        p.advance(1);
      } while (ParserCore.isDigit(p.peek()));
      dim = ParserCore.name(p.slice(start, p.pos));
    } else {
      dim = p.expression();
      if (dim == null) {
        return null;
      }
    }
    if (!p.check('_')) {
      return null;
    }
    return p.comp(Kind.ARRAY_TYPE, dim, p.type());
  }

  private Node pointerToMember() {
    if (!p.check('M')) {
      return null;
    }
    Node cl = p.type();
    if (cl == null) {
      return null;
    }
    Node mem = p.type();
    return mem == null ? null : p.comp(Kind.PTRMEM_TYPE, cl, mem);
  }
}
