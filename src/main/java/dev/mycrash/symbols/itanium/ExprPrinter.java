package dev.mycrash.symbols.itanium;

/**
 * Printing of expressions inside template arguments and decltype: operators with the parentheses
 * c++filt uses, literals ({@code 42}, {@code 42u}, {@code true}, {@code (char)97}), casts,
 * {@code sizeof...} and pack expansions.
 */
final class ExprPrinter {
  private final Printer p;

  private final UnaryPrinter unary;
  private final BinaryPrinter binary;

  ExprPrinter(Printer p) {
    this.p = p;
    this.unary = new UnaryPrinter(p, this);
    this.binary = new BinaryPrinter(p, this);
  }

  boolean print(Node dc) {
    switch (dc.kind) {
      case NULLARY:
        exprOp(dc.left);
        return true;
      case UNARY:
        unary.print(dc);
        return true;
      case BINARY:
        binary.binary(dc);
        return true;
      case TRINARY:
        binary.trinary(dc);
        return true;
      case LITERAL: case LITERAL_NEG:
        literal(dc);
        return true;
      case INITIALIZER_LIST:
        if (dc.left != null) {
          p.print(dc.left);
        }
        p.append('{');
        p.print(dc.right);
        p.append('}');
        return true;
      case PACK_EXPANSION:
        packExpansion(dc);
        return true;
      case VENDOR_EXPR:
        p.print(dc.left);
        p.append('(');
        p.print(dc.right);
        p.append(')');
        return true;
      default:
        return false;
    }
  }

  /** An operand, in parentheses unless it is a plain name. */
  void subexpr(Node dc) {
    boolean simple = dc.is(Kind.NAME) || dc.is(Kind.QUAL_NAME)
        || dc.is(Kind.INITIALIZER_LIST) || dc.is(Kind.FUNCTION_PARAM);
    if (!simple) {
      p.append('(');
    }
    p.print(dc);
    if (!simple) {
      p.append(')');
    }
  }

  void exprOp(Node op) {
    if (op.is(Kind.OPERATOR)) {
      p.append(op.op.name());
    } else {
      p.print(op);
    }
  }

  private void literal(Node dc) {
    Builtin.Style tp = Builtin.Style.DEFAULT;
    if (dc.left.is(Kind.BUILTIN_TYPE)) {
      tp = dc.left.builtin.style();
      if (LiteralSuffix.isInteger(tp) && dc.right.is(Kind.NAME)) {
        if (dc.is(Kind.LITERAL_NEG)) {
          p.append('-');
        }
        p.print(dc.right);
        p.append(LiteralSuffix.of(tp));
        return;
      }
      if (tp == Builtin.Style.BOOL && dc.right.is(Kind.NAME) && dc.right.text.length() == 1
          && dc.is(Kind.LITERAL)) {
        char c = dc.right.text.charAt(0);
        if (c == '0' || c == '1') {
          p.append(c == '0' ? "false" : "true");
          return;
        }
      }
    }
    p.append('(');
    p.print(dc.left);
    p.append(')');
    if (dc.is(Kind.LITERAL_NEG)) {
      p.append('-');
    }
    if (tp == Builtin.Style.FLOAT) {
      p.append('[');
    }
    p.print(dc.right);
    if (tp == Builtin.Style.FLOAT) {
      p.append(']');
    }
  }

  private void packExpansion(Node dc) {
    // In a lambda's parameter list T_ means auto: there is no pack to expand, print "(auto:1)...".
    Node a = p.lambdaArg > 0 ? null : Packs.find(p, dc.left);
    if (a == null) {
      subexpr(dc.left);
      p.append("...");
      return;
    }
    int len = Packs.length(a);
    Node pattern = dc.left;
    for (int i = 0; i < len; ++i) {
      p.packIndex = i;
      p.print(pattern);
      if (i < len - 1) {
        p.append(", ");
      }
    }
  }
}
