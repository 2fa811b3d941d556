package dev.mycrash.symbols.itanium;

/**
 * CV- and function qualifiers in front of a type or in a nested name, as a chain of nodes whose
 * innermost {@code left} is still open. Sample: {@code rVK} gives
 * {@code restrict(volatile(const(...)))}, printed {@code ... const volatile restrict}.
 */
final class QualifierChain {
  Node top;
  Node last;

  /** Attaches {@code inner} at the open end and returns the whole chain. */
  Node close(Node inner) {
    if (last == null) {
      top = inner;
    } else {
      last.left = inner;
    }
    return top;
  }

  /** Reads {@code [r] [V] [K] [Dx] [Do | DO <expr> E | Dw <type>+ E]}; null when malformed. */
  static QualifierChain parse(TypeParser p, boolean memberFn) {
    QualifierChain chain = new QualifierChain();
    char peek = p.peek();
    while (p.nextIsTypeQual()) {
      p.advance(1);
      Kind t;
      Node right = null;
      if (peek == 'r') {
        t = memberFn ? Kind.RESTRICT_THIS : Kind.RESTRICT;
      } else if (peek == 'V') {
        t = memberFn ? Kind.VOLATILE_THIS : Kind.VOLATILE;
      } else if (peek == 'K') {
        t = memberFn ? Kind.CONST_THIS : Kind.CONST;
      } else {
        peek = p.next();
        if (peek == 'x') {
          t = Kind.TRANSACTION_SAFE;
        } else if (peek == 'o' || peek == 'O') {
          t = Kind.NOEXCEPT;
          if (peek == 'O') {
            right = p.expression();
            if (right == null || !p.check('E')) {
              return null;
            }
          }
        } else if (peek == 'w') {
          t = Kind.THROW_SPEC;
          right = p.parmList();
          if (right == null || !p.check('E')) {
            return null;
          }
        } else {
          return null;
        }
      }
      Node q = Node.binary(t, null, right);
      if (chain.last == null) {
        chain.top = q;
      } else {
        chain.last.left = q;
      }
      chain.last = q;
      peek = p.peek();
    }
    if (!memberFn && peek == 'F') {
      for (Node q = chain.top; q != null; q = q == chain.last ? null : q.left) {
        if (q.kind == Kind.RESTRICT) {
          q.kind = Kind.RESTRICT_THIS;
        } else if (q.kind == Kind.VOLATILE) {
          q.kind = Kind.VOLATILE_THIS;
        } else if (q.kind == Kind.CONST) {
          q.kind = Kind.CONST_THIS;
        }
      }
    }
    return chain;
  }
}
