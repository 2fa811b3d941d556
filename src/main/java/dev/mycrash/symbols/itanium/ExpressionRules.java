package dev.mycrash.symbols.itanium;

/**
 * {@code <expression>} of the Itanium grammar, as found in decltype and template arguments.
 * Sample: {@code plfp_Li1E} is {@code {parm#1}+1}; {@code cl3fooEfp_E} is {@code foo({parm#1})}.
 */
final class ExpressionRules {
  private final ExprParser p;

  private final TrinaryRules trinary;

  ExpressionRules(ExprParser p) {
    this.p = p;
    this.trinary = new TrinaryRules(p, this);
  }

  Node expressionOne() {
    p.enter();
    return p.leave(expressionRule());
  }

  private Node expressionRule() {
    char peek = p.peek();
    char next = p.peekNext();
    if (peek == 'L') {
      return p.exprPrimary();
    } else if (peek == 'T') {
      return p.templateParam();
    } else if (peek == 's' && next == 'r') {
      return unresolvedName();
    } else if (peek == 's' && next == 'p') {
      p.advance(2);
      return p.comp(Kind.PACK_EXPANSION, expressionOne(), null);
    } else if (peek == 'f' && next == 'p') {
      return functionParam();
    } else if (ParserCore.isDigit(peek) || (peek == 'o' && next == 'n')) {
      if (peek == 'o') {
        p.advance(2);
      }
      Node name = p.unqualifiedName(null, null);
      if (name == null) {
        return null;
      }
      return p.peek() == 'I' ? p.comp(Kind.TEMPLATE, name, p.templateArgs()) : name;
    } else if (peek == 'u') {
      // Vendor extended expression: u <source-name> <template-arg>* E, printed name(args).
      p.advance(1);
      Node name = p.sourceName();
      return p.comp(Kind.VENDOR_EXPR, name, p.templateArgsRest());
    } else if ((peek == 'i' || peek == 't') && next == 'l') {
      p.advance(2);
      Node type = peek == 't' ? p.type() : null;
      if (p.peek() == 0 || p.peekNext() == 0) {
        return null;
      }
      return p.comp(Kind.INITIALIZER_LIST, type, p.exprList('E'));
    }
    return operatorExpression();
  }

  private Node functionParam() {
    p.advance(2);
    int index;
    if (p.peek() == 'T') {
      p.advance(1);
      index = 0;
    } else {
      index = p.compactNumber();
      if (index == Integer.MAX_VALUE || index == -1) {
        return null;
      }
      index++;
    }
    return Node.number(Kind.FUNCTION_PARAM, index, null);
  }

  /** {@code sr <type> <name>}, {@code srN <type> <qualifiers>+ E <name>}, {@code sr <qualifiers>+ E <name>}. */
  private Node unresolvedName() {
    p.advance(2);
    char peek = p.peek();
    Node type;
    if (p.unresolvedNameState != 0
        && (ParserCore.isDigit(peek) || ParserCore.isLower(peek)
            || peek == 'C' || peek == 'U' || peek == 'L')) {
      p.unresolvedNameState = -1;
      type = p.prefix(false);
      if (p.peek() == 'E') {
        p.advance(1);
      }
    } else {
      type = p.type();
    }
    Node name = p.unqualifiedName(type, null);
    if (p.peek() == 'I') {
      name = p.comp(Kind.TEMPLATE, name, p.templateArgs());
    }
    return name;
  }

  private Node operatorExpression() {
    Node op = p.operatorName();
    if (op == null) {
      return null;
    }
    String code = null;
    int args;
    switch (op.kind) {
      case OPERATOR:
        code = op.op.code();
        if (code.equals("st")) {
          return p.comp(Kind.UNARY, op, p.type());
        }
        args = op.op.args();
        break;
      case EXTENDED_OPERATOR:
        args = op.num;
        break;
      case CAST:
        args = 1;
        break;
      default:
        return null;
    }
    switch (args) {
      case 0:
        return p.comp(Kind.NULLARY, op, null);
      case 1:
        return unary(op, code);
      case 2:
        return binary(op, code);
      case 3:
        return trinary.trinary(op, code);
      default:
        return null;
    }
  }

  private Node unary(Node op, String code) {
    boolean suffix = false;
    if (code != null && (code.charAt(0) == 'p' || code.charAt(0) == 'm')
        && code.charAt(1) == code.charAt(0)) {
      suffix = !p.check('_');
    }
    Node operand;
    if (op.is(Kind.CAST) && p.check('_')) {
      operand = p.exprList('E');
    } else if ("sP".equals(code)) {
      operand = p.templateArgsRest();
    } else {
      operand = expressionOne();
    }
    if (suffix) {
      operand = p.comp(Kind.BINARY_ARGS, operand, operand);
    }
    return p.comp(Kind.UNARY, op, operand);
  }

  private Node binary(Node op, String code) {
    if (code == null) {
      return null;
    }
    Node left;
    if (op.op.isNewCast()) {
      left = p.type();
    } else if (code.charAt(0) == 'f') {
      left = p.operatorName();
    } else if (code.equals("di")) {
      left = p.unqualifiedName(null, null);
    } else {
      left = expressionOne();
    }
    Node right;
    if (code.equals("cl")) {
      right = p.exprList('E');
    } else if (code.equals("dt") || code.equals("pt")) {
      char peek = p.peek();
      char next = p.peekNext();
      if ((peek == 'g' && next == 's') || (peek == 's' && next == 'r')) {
        right = expressionOne();
      } else {
        right = p.unqualifiedName(null, null);
        if (p.peek() == 'I') {
          right = p.comp(Kind.TEMPLATE, right, p.templateArgs());
        }
      }
    } else {
      right = expressionOne();
    }
    return p.comp(Kind.BINARY, op, p.comp(Kind.BINARY_ARGS, left, right));
  }
}
