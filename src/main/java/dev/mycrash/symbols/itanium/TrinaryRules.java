package dev.mycrash.symbols.itanium;

/**
 * Three-operand expressions: {@code qu} ({@code a ? b : c}), binary folds {@code fL}/{@code fR},
 * {@code dX} range designators, and {@code nw}/{@code na} new-expressions
 * ({@code nw_ <type> E} is {@code new T}).
 */
final class TrinaryRules {
  private final ExprParser p;
  private final ExpressionRules rules;

  TrinaryRules(ExprParser p, ExpressionRules rules) {
    this.p = p;
    this.rules = rules;
  }

  Node trinary(Node op, String code) {
    if (code == null) {
      return null;
    }
    Node first;
    Node second;
    Node third;
    if (code.equals("qu") || code.equals("dX")) {
      first = rules.expressionOne();
      second = rules.expressionOne();
      third = rules.expressionOne();
    } else if (code.charAt(0) == 'f') {
      first = p.operatorName();
      second = rules.expressionOne();
      third = rules.expressionOne();
    } else if (code.charAt(0) == 'n') {
      if (code.charAt(1) != 'w' && code.charAt(1) != 'a') {
        return null;
      }
      first = p.exprList('_');
      second = p.type();
      if (p.peek() == 'E') {
        p.advance(1);
        third = null;
      } else if (p.peek() == 'p' && p.peekNext() == 'i') {
        p.advance(2);
        third = p.exprList('E');
      } else if (p.peek() == 'i' && p.peekNext() == 'l') {
        third = rules.expressionOne();
      } else {
        return null;
      }
      return p.comp(Kind.TRINARY, op,
          p.comp(Kind.TRINARY_ARG1, first, p.comp(Kind.TRINARY_ARG2, second, third)));
    } else {
      return null;
    }
    if (third == null) {
      return null;
    }
    return p.comp(Kind.TRINARY, op,
        p.comp(Kind.TRINARY_ARG1, first, p.comp(Kind.TRINARY_ARG2, second, third)));
  }
}
