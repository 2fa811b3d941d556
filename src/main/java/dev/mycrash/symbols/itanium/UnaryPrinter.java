package dev.mycrash.symbols.itanium;

/** Unary expressions: prefix and suffix operators, casts, {@code sizeof}, {@code sizeof...}. */
final class UnaryPrinter {
  private final Printer p;
  private final ExprPrinter exprs;

  UnaryPrinter(Printer p, ExprPrinter exprs) {
    this.p = p;
    this.exprs = exprs;
  }

  void print(Node dc) {
    Node op = dc.left;
    Node operand = dc.right;
    String code = null;
    if (op.is(Kind.OPERATOR)) {
      code = op.op.code();
      if (code.equals("ad") && operand.is(Kind.TYPED_NAME)
          && operand.left.is(Kind.QUAL_NAME) && operand.right.is(Kind.FUNCTION_TYPE)) {
        operand = operand.left;
      }
      if (operand.is(Kind.BINARY_ARGS)) {
        exprs.subexpr(operand.left);
        exprs.exprOp(op);
        return;
      }
    }
    if ("sZ".equals(code)) {
      p.append(Integer.toString(Packs.length(Packs.find(p, operand))));
      return;
    }
    if ("sP".equals(code)) {
      p.append(Integer.toString(Packs.argsLength(p, operand)));
      return;
    }
    if (!op.is(Kind.CAST)) {
      exprs.exprOp(op);
    } else {
      p.append('(');
      p.print(op.left);
      p.append(')');
    }
    if ("gs".equals(code)) {
      p.print(operand);
    } else if ("st".equals(code)) {
      p.append('(');
      p.print(operand);
      p.append(')');
    } else {
      exprs.subexpr(operand);
    }
  }
}
