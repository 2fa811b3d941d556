package dev.mycrash.symbols.itanium;

/**
 * The {@code D}-prefixed types. Sample: {@code Dn} is {@code decltype(nullptr)}, {@code Dp} a pack
 * expansion, {@code DF16_} is {@code _Float16}, {@code Da} is {@code auto}.
 */
final class DTypeRules {
  private final TypeParser p;

  DTypeRules(TypeParser p) {
    this.p = p;
  }

  Node dType() {
    p.advance(1);
    char peek = p.next();
    Node ret;
    boolean canSub = false;
    switch (peek) {
      case 'T':
      case 't':
        ret = p.comp(Kind.DECLTYPE, p.expression(), null);
        if (ret != null && p.next() != 'E') {
          ret = null;
        }
        canSub = true;
        break;
      case 'p':
        ret = p.comp(Kind.PACK_EXPANSION, p.type(), null);
        canSub = true;
        break;
      case 'a':
        ret = ParserCore.name("auto");
        break;
      case 'c':
        ret = ParserCore.name("decltype(auto)");
        break;
      case 'f':
        ret = builtin(Builtin.DECIMAL32);
        break;
      case 'd':
        ret = builtin(Builtin.DECIMAL64);
        break;
      case 'e':
        ret = builtin(Builtin.DECIMAL128);
        break;
      case 'h':
        ret = builtin(Builtin.HALF);
        break;
      case 'u':
        ret = builtin(Builtin.CHAR8);
        break;
      case 's':
        ret = builtin(Builtin.CHAR16);
        break;
      case 'i':
        ret = builtin(Builtin.CHAR32);
        break;
      case 'F':
        ret = floatN();
        if (ret == null) {
          return null;
        }
        break;
      case 'v':
        ret = vectorType();
        canSub = true;
        break;
      case 'n':
        ret = builtin(Builtin.NULLPTR);
        break;
      default:
        return null;
    }
    if (canSub && !p.addSub(ret)) {
      return null;
    }
    return ret;
  }

  private static Node builtin(Builtin b) {
    return new Node(Kind.BUILTIN_TYPE, null, null, null, 0, null, b);
  }

  /** {@code DF <bits> _}, {@code DF <bits> x}, {@code DF16b}. */
  private Node floatN() {
    int arg = p.number();
    if (p.peek() == 'b') {
      if (arg != 16) {
        return null;
      }
      p.advance(1);
      return builtin(Builtin.BFLOAT16);
    }
    String suffix = p.peek() == 'x' ? "x" : null;
    if (suffix == null && p.peek() != '_') {
      return null;
    }
    p.advance(1);
    return new Node(Kind.EXTENDED_BUILTIN_TYPE, null, null, suffix, arg, null, Builtin.FLOAT_N);
  }

  /** {@code Dv <number> _ <type>} or {@code Dv _ <expression> _ <type>}. */
  private Node vectorType() {
    Node dim;
    if (p.peek() == '_') {
      p.advance(1);
      dim = p.expression();
    } else {
      dim = Node.number(Kind.NUMBER, p.number(), null);
    }
    if (dim == null || !p.check('_')) {
      return null;
    }
    return p.comp(Kind.VECTOR_TYPE, dim, p.type());
  }
}
