package dev.mycrash.symbols.itanium;

/**
 * Template arguments and expressions: {@code I <template-arg>+ E}, {@code X <expression> E},
 * {@code L <type> <value> E}. Sample: {@code Li42E} is the literal {@code 42},
 * {@code XadL_Z3fooEE} is {@code &foo}.
 */
abstract class ExprParser extends ParserCore {
  private final ExpressionRules expressionRules = new ExpressionRules(this);

  ExprParser(String s, int start) {
    super(s, start);
  }

  abstract Node type();

  abstract Node unqualifiedName(Node scope, Node module);

  abstract Node prefix(boolean substable);

  abstract Node templateParam();

  abstract Node mangledName(boolean topLevel);

  /** Two-letter operator, {@code cv <type>} conversion, or {@code v <digit> <source-name>}. */
  final Node operatorName() {
    char c1 = next();
    char c2 = next();
    if (c1 == 'v' && isDigit(c2)) {
      Node n = sourceName();
      return n == null ? null : Node.number(Kind.EXTENDED_OPERATOR, c2 - '0', n);
    }
    if (c1 == 'c' && c2 == 'v') {
      boolean wasConversion = isConversion;
      isConversion = !isExpression;
      Node t = type();
      Node res = comp(isConversion ? Kind.CONVERSION : Kind.CAST, t, null);
      isConversion = wasConversion;
      return res;
    }
    Operator op = Operator.byCode(c1, c2);
    return op == null ? null : new Node(Kind.OPERATOR, null, null, null, 0, op, null);
  }

  final Node templateArgs() {
    if (peek() != 'I' && peek() != 'J') {
      return null;
    }
    advance(1);
    enter();
    return leave(templateArgsRest());
  }

  /** {@code <template-arg>* E}; keeps the last name so a following ctor names the class. */
  final Node templateArgsRest() {
    Node holdLastName = lastName;
    if (peek() == 'E') {
      advance(1);
      return comp(Kind.TEMPLATE_ARGLIST, null, null);
    }
    Node head = null;
    Node tail = null;
    while (true) {
      Node a = templateArg();
      if (a == null) {
        return null;
      }
      Node cell = comp(Kind.TEMPLATE_ARGLIST, a, null);
      if (tail == null) {
        head = cell;
      } else {
        tail.right = cell;
      }
      tail = cell;
      if (peek() == 'E') {
        advance(1);
        break;
      }
    }
    lastName = holdLastName;
    return head;
  }

  final Node templateArg() {
    switch (peek()) {
      case 'X': {
        advance(1);
        Node ret = expression();
        return check('E') ? ret : null;
      }
      case 'L':
        return exprPrimary();
      case 'I':
      case 'J':
        return templateArgs();
      default:
        return type();
    }
  }

  final Node exprList(char terminator) {
    if (peek() == terminator) {
      advance(1);
      return comp(Kind.ARGLIST, null, null);
    }
    Node head = null;
    Node tail = null;
    while (true) {
      Node arg = expression();
      if (arg == null) {
        return null;
      }
      Node cell = comp(Kind.ARGLIST, arg, null);
      if (tail == null) {
        head = cell;
      } else {
        tail.right = cell;
      }
      tail = cell;
      if (peek() == terminator) {
        advance(1);
        return head;
      }
      if (atEnd()) {
        return null;
      }
    }
  }

  final Node expression() {
    boolean was = isExpression;
    isExpression = true;
    Node ret = expressionRules.expressionOne();
    isExpression = was;
    return ret;
  }

  /** {@code L <type> <value> E}, {@code L <mangled-name> E}, {@code LDnE}. */
  final Node exprPrimary() {
    if (!check('L')) {
      return null;
    }
    Node ret;
    if (peek() == '_' || peek() == 'Z') {
      ret = mangledName(false);
    } else {
      Node t = type();
      if (t == null) {
        return null;
      }
      if (t.is(Kind.BUILTIN_TYPE) && t.builtin == Builtin.NULLPTR && peek() == 'E') {
        advance(1);
        return t;
      }
      Kind k = Kind.LITERAL;
      if (peek() == 'n') {
        k = Kind.LITERAL_NEG;
        advance(1);
      }
      int start = pos;
      while (peek() != 'E') {
        if (atEnd()) {
          return null;
        }
        advance(1);
      }
      int len = pos - start;
      ret = comp(k, t, len > 0 ? name(slice(start, pos)) : null);
    }
    return check('E') ? ret : null;
  }
}
