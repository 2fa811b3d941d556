package dev.mycrash.symbols.itanium;

/**
 * Binary and ternary expressions: {@code (a)+(b)}, {@code static_cast<T>(e)}, calls, subscripts,
 * fold expressions, designated initializers, {@code new}.
 */
final class BinaryPrinter {
  private final Printer p;
  private final ExprPrinter exprs;

  BinaryPrinter(Printer p, ExprPrinter exprs) {
    this.p = p;
    this.exprs = exprs;
  }

  void binary(Node dc) {
    if (!dc.right.is(Kind.BINARY_ARGS)) {
      p.fail();
      return;
    }
    Node op = dc.left;
    if (!op.is(Kind.OPERATOR)) {
      p.fail();
      return;
    }
    if (op.op.isNewCast()) {
      exprs.exprOp(op);
      p.append('<');
      p.print(dc.right.left);
      p.append(">(");
      p.print(dc.right.right);
      p.append(')');
      return;
    }
    if (foldExpression(dc) || designatedInit(dc)) {
      return;
    }
    boolean greater = op.op.name().equals(">");
    if (greater) {
      p.append('(');
    }
    String code = op.op.code();
    if (code.equals("cl") && dc.right.left.is(Kind.TYPED_NAME)) {
      Node func = dc.right.left;
      if (!func.right.is(Kind.FUNCTION_TYPE)) {
        p.fail();
      }
      exprs.subexpr(func.left);
    } else {
      exprs.subexpr(dc.right.left);
    }
    if (code.equals("ix")) {
      p.append('[');
      p.print(dc.right.right);
      p.append(']');
    } else {
      if (!code.equals("cl")) {
        exprs.exprOp(op);
      }
      exprs.subexpr(dc.right.right);
    }
    if (greater) {
      p.append(')');
    }
  }

  void trinary(Node dc) {
    if (!dc.right.is(Kind.TRINARY_ARG1) || !dc.right.right.is(Kind.TRINARY_ARG2)) {
      p.fail();
      return;
    }
    if (!dc.left.is(Kind.OPERATOR)) {
      p.fail();
      return;
    }
    if (foldExpression(dc) || designatedInit(dc)) {
      return;
    }
    Node op = dc.left;
    Node first = dc.right.left;
    Node second = dc.right.right.left;
    Node third = dc.right.right.right;
    if (op.op.is("qu")) {
      exprs.subexpr(first);
      exprs.exprOp(op);
      exprs.subexpr(second);
      p.append(" : ");
      exprs.subexpr(third);
    } else {
      p.append("new ");
      if (first.left != null) {
        exprs.subexpr(first);
        p.append(' ');
      }
      p.print(second);
      if (third != null) {
        exprs.subexpr(third);
      }
    }
  }

  private boolean foldExpression(Node dc) {
    String fold = dc.left.op.code();
    if (fold.charAt(0) != 'f') {
      return false;
    }
    Node ops = dc.right;
    Node operator = ops.left;
    Node op1 = ops.right;
    Node op2 = null;
    if (op1.is(Kind.TRINARY_ARG2)) {
      op2 = op1.right;
      op1 = op1.left;
    }
    int saveIdx = p.packIndex;
    p.packIndex = -1;
    switch (fold.charAt(1)) {
      case 'l':
        p.append("(...");
        exprs.exprOp(operator);
        exprs.subexpr(op1);
        p.append(')');
        break;
      case 'r':
        p.append('(');
        exprs.subexpr(op1);
        exprs.exprOp(operator);
        p.append("...)");
        break;
      case 'L': case 'R':
        p.append('(');
        exprs.subexpr(op1);
        exprs.exprOp(operator);
        p.append("...");
        exprs.exprOp(operator);
        exprs.subexpr(op2);
        p.append(')');
        break;
      default:
        break;
    }
    p.packIndex = saveIdx;
    return true;
  }

  private static boolean isDesignatedInit(Node dc) {
    if (!dc.is(Kind.BINARY) && !dc.is(Kind.TRINARY)) {
      return false;
    }
    if (!dc.left.is(Kind.OPERATOR)) {
      return false;
    }
    String code = dc.left.op.code();
    return code.charAt(0) == 'd'
        && (code.charAt(1) == 'i' || code.charAt(1) == 'x' || code.charAt(1) == 'X');
  }

  private boolean designatedInit(Node dc) {
    if (!isDesignatedInit(dc)) {
      return false;
    }
    char kind = dc.left.op.code().charAt(1);
    Node op1 = dc.right.left;
    Node op2 = dc.right.right;
    p.append(kind == 'i' ? '.' : '[');
    p.print(op1);
    if (kind == 'X') {
      p.append(" ... ");
      p.print(op2.left);
      op2 = op2.right;
    }
    if (kind != 'i') {
      p.append(']');
    }
    if (isDesignatedInit(op2)) {
      p.print(op2);
    } else {
      p.append('=');
      exprs.subexpr(op2);
    }
    return true;
  }
}
