package dev.mycrash.symbols.itanium;

/**
 * {@code <unqualified-name>}: source names, operators, ctors and dtors, lambdas and unnamed types,
 * structured bindings. Sample: {@code C2} after {@code 4JOIN} is the base-object ctor
 * {@code JOIN::JOIN}; {@code UlvE_} is {@code {lambda()#1}}; {@code Ut_} is
 * {@code {unnamed type#1}}; {@code B5cxx11} adds {@code [abi:cxx11]}.
 */
final class UnqualifiedNames {
  private final NameParser p;

  UnqualifiedNames(NameParser p) {
    this.p = p;
  }

  Node unqualifiedName(Node scope, Node module) {
    module = p.moduleName(module);
    if (module == ParserCore.FAILED) {
      return null;
    }
    char peek = p.peek();
    Node ret;
    if (ParserCore.isDigit(peek)) {
      ret = p.sourceName();
    } else if (ParserCore.isLower(peek)) {
      ret = operator(peek);
    } else if (peek == 'D' && p.peekNext() == 'C') {
      ret = structuredBinding();
    } else if (peek == 'C' || peek == 'D') {
      ret = ctorDtorName();
    } else if (peek == 'L') {
      p.advance(1);
      ret = p.sourceName();
      if (ret == null || !p.discriminator()) {
        return null;
      }
    } else if (peek == 'U') {
      char next = p.peekNext();
      if (next == 'l') {
        ret = lambda();
      } else if (next == 't') {
        ret = unnamedType();
      } else {
        return null;
      }
    } else {
      return null;
    }
    if (module != null) {
      ret = p.comp(Kind.MODULE_ENTITY, ret, module);
    }
    if (p.peek() == 'B') {
      ret = p.abiTags(ret);
    }
    if (scope != null) {
      ret = p.comp(Kind.QUAL_NAME, scope, ret);
    }
    return ret;
  }

  private Node operator(char peek) {
    boolean wasExpression = p.isExpression;
    if (peek == 'o' && p.peekNext() == 'n') {
      p.advance(2);
      p.isExpression = false;
    }
    Node ret = p.operatorName();
    p.isExpression = wasExpression;
    if (ret != null && ret.is(Kind.OPERATOR) && ret.op.is("li")) {
      ret = p.comp(Kind.UNARY, ret, p.sourceName());
    }
    return ret;
  }

  private Node structuredBinding() {
    p.advance(2);
    Node head = null;
    Node prev = null;
    do {
      Node next = p.comp(Kind.STRUCTURED_BINDING, p.sourceName(), null);
      if (prev != null) {
        prev.right = next;
      } else {
        head = next;
      }
      prev = next;
    } while (prev != null && p.peek() != 'E');
    if (prev == null) {
      return null;
    }
    p.advance(1);
    return head;
  }

  private Node ctorDtorName() {
    if (p.peek() == 'C') {
      boolean inheriting = false;
      if (p.peekNext() == 'I') {
        inheriting = true;
        p.advance(1);
      }
      char k = p.peekNext();
      if (k < '1' || k > '5') {
        return null;
      }
      p.advance(2);
      if (inheriting) {
        p.type();
      }
      Node last = p.lastName;
      return last == null ? null : Node.number(Kind.CTOR, k - '0', last);
    }
    char k = p.peekNext();
    if (k != '0' && k != '1' && k != '2' && k != '4' && k != '5') {
      return null;
    }
    p.advance(2);
    Node last = p.lastName;
    return last == null ? null : Node.number(Kind.DTOR, k - '0', last);
  }

  /** {@code Ul <lambda-sig> E [<number>] _}. */
  private Node lambda() {
    p.advance(2);
    Node params = p.parmList();
    if (params == null || !p.check('E')) {
      return null;
    }
    int num = p.compactNumber();
    return num < 0 ? null : Node.number(Kind.LAMBDA, num, params);
  }

  /** {@code Ut [<number>] _}; a substitution candidate. */
  private Node unnamedType() {
    p.advance(2);
    int num = p.compactNumber();
    if (num < 0) {
      return null;
    }
    Node ret = Node.number(Kind.UNNAMED_TYPE, num, null);
    return p.addSub(ret) ? ret : null;
  }
}
