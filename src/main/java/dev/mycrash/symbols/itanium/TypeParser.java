package dev.mycrash.symbols.itanium;

/**
 * {@code <type>}: builtins, qualified and compound types, function types, arrays, pointers to
 * members, template parameters and substitutions. Sample: {@code PKc} is {@code char const*},
 * {@code FviE} is {@code void (int)}, {@code M1AKFvvE} is {@code void (A::*)() const}.
 */
abstract class TypeParser extends ExprParser {
  private final TypeRules typeRules = new TypeRules(this);

  TypeParser(String s, int start) {
    super(s, start);
  }

  abstract Node name(boolean substable);

  final boolean nextIsTypeQual() {
    char c = peek();
    if (c == 'r' || c == 'V' || c == 'K') {
      return true;
    }
    if (c == 'D') {
      char n = peekNext();
      return n == 'x' || n == 'o' || n == 'O' || n == 'w';
    }
    return false;
  }

  @Override
  final Node type() {
    enter();
    if (nextIsTypeQual()) {
      return leave(qualifiedType());
    }
    return leave(typeRules.unqualifiedType());
  }

  private Node qualifiedType() {
    QualifierChain chain = cvQualifiers(false);
    if (chain == null) {
      return null;
    }
    Node inner = peek() == 'F' ? functionType() : type();
    if (inner == null) {
      return null;
    }
    Node ret = chain.close(inner);
    if (inner.is(Kind.RVALUE_REFERENCE_THIS) || inner.is(Kind.REFERENCE_THIS)) {
      // Move the ref-qualifier outside the cv-qualifiers so they print in source order.
      Node fn = inner.left;
      inner.left = ret;
      chain.last.left = fn;
      ret = inner;
    }
    return addSub(ret) ? ret : null;
  }

  /** {@code [r] [V] [K] [Dx] [Do | DO <expr> E | Dw <type>+ E]}; null on a malformed qualifier. */
  final QualifierChain cvQualifiers(boolean memberFn) {
    return QualifierChain.parse(this, memberFn);
  }

  final Node refQualifier(Node sub) {
    char c = peek();
    if (c == 'R' || c == 'O') {
      advance(1);
      return comp(c == 'R' ? Kind.REFERENCE_THIS : Kind.RVALUE_REFERENCE_THIS, sub, null);
    }
    return sub;
  }

  /** {@code F [Y] <bare-function-type> [<ref-qualifier>] E}. */
  final Node functionType() {
    if (recursionLevel > RECURSION_LIMIT) {
      return null;
    }
    recursionLevel++;
    Node ret = null;
    if (check('F')) {
      if (peek() == 'Y') {
        advance(1);
      }
      ret = bareFunctionType(true);
      ret = refQualifier(ret);
      if (!check('E')) {
        ret = null;
      }
    }
    recursionLevel--;
    return ret;
  }

  /** {@code <type>+}; a lone {@code v} means no parameters. */
  final Node parmList() {
    Node head = null;
    Node tail = null;
    while (true) {
      char c = peek();
      if (c == 0 || c == 'E' || c == '.') {
        break;
      }
      if ((c == 'R' || c == 'O') && peekNext() == 'E') {
        break;
      }
      Node t = type();
      if (t == null) {
        return null;
      }
      Node cell = comp(Kind.ARGLIST, t, null);
      if (tail == null) {
        head = cell;
      } else {
        tail.right = cell;
      }
      tail = cell;
    }
    if (head == null) {
      return null;
    }
    if (head.right == null && head.left.is(Kind.BUILTIN_TYPE)
        && head.left.builtin.style() == Builtin.Style.VOID) {
      head.left = null;
    }
    return head;
  }

  final Node bareFunctionType(boolean hasReturnType) {
    if (peek() == 'J') {
      advance(1);
      hasReturnType = true;
    }
    Node returnType = null;
    if (hasReturnType) {
      returnType = type();
      if (returnType == null) {
        return null;
      }
    }
    Node params = parmList();
    return params == null ? null : comp(Kind.FUNCTION_TYPE, returnType, params);
  }

  @Override
  final Node templateParam() {
    if (!check('T')) {
      return null;
    }
    int param = compactNumber();
    return param < 0 ? null : Node.number(Kind.TEMPLATE_PARAM, param, null);
  }
}
