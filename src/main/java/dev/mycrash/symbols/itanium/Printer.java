package dev.mycrash.symbols.itanium;

/**
 * Prints a parsed tree exactly as GNU c++filt does (libiberty {@code d_print_comp}, default
 * options): same spacing ({@code char const*}, {@code std::vector<int, std::allocator<int> >}),
 * same failure rules. Entry point {@link #print(Node)} guards recursion; the cases are split over
 * this class (names), {@link TypePrinter} and {@link ExprPrinter}.
 */
final class Printer extends PrintState {
  final TypePrinter types = new TypePrinter(this);
  final ExprPrinter exprs = new ExprPrinter(this);

  /** The printed form of {@code root}, or null when printing fails. */
  private Printer(int capacity) {
    super(capacity);
  }

  static String render(Node root, int depthBudget, int capacity) {
    Printer p = new Printer(capacity);
    p.depthBudget = depthBudget;
    p.print(root);
    return p.failed ? null : p.out.toString();
  }

  void print(Node dc) {
    if (recursion > depthBudget) {
      throw TooDeep.INSTANCE;
    }
    if (dc == null || dc.printing > 1 || recursion > MAX_RECURSION || ++steps > MAX_STEPS) {
      fail();
      return;
    }
    dc.printing++;
    recursion++;
    push(dc);
    inner(dc);
    depth--;
    dc.printing--;
    recursion--;
  }

  private void inner(Node dc) {
    if (failed) {
      return;
    }
    switch (dc.kind) {
      case NAME: case SUB_STD:
        append(dc.text);
        return;
      case TAGGED_NAME:
        print(dc.left);
        append("[abi:");
        print(dc.right);
        append(']');
        return;
      case MODULE_NAME: case MODULE_PARTITION:
        moduleName(dc);
        return;
      case MODULE_ENTITY:
        print(dc.left);
        append('@');
        print(dc.right);
        return;
      case STRUCTURED_BINDING:
        structuredBinding(dc);
        return;
      case QUAL_NAME: case LOCAL_NAME:
        qualified(dc);
        return;
      case CTOR: case VENDOR_TYPE:
        print(dc.left);
        return;
      case DTOR:
        append('~');
        print(dc.left);
        return;
      case REFTEMP:
        append("reference temporary #");
        print(dc.right);
        append(" for ");
        print(dc.left);
        return;
      case CONSTRUCTION_VTABLE:
        append("construction vtable for ");
        print(dc.left);
        append("-in-");
        print(dc.right);
        return;
      case BUILTIN_TYPE:
        append(dc.builtin.name());
        return;
      case EXTENDED_BUILTIN_TYPE:
        append(dc.builtin.name());
        append(Integer.toString(dc.num));
        if (dc.text != null) {
          append(dc.text);
        }
        return;
      case NUMBER:
        append(Integer.toString(dc.num));
        return;
      case DECLTYPE:
        append("decltype (");
        print(dc.left);
        append(')');
        return;
      case FUNCTION_PARAM:
        if (dc.num == 0) {
          append("this");
        } else {
          append("{parm#" + dc.num + "}");
        }
        return;
      case LAMBDA:
        append("{lambda(");
        lambdaArg++;
        print(dc.left);
        lambdaArg--;
        append(")#" + (dc.num + 1) + "}");
        return;
      case UNNAMED_TYPE:
        append("{unnamed type#" + (dc.num + 1) + "}");
        return;
      case CLONE:
        print(dc.left);
        append(" [clone ");
        print(dc.right);
        append(']');
        return;
      case OPERATOR:
        operator(dc.op);
        return;
      case EXTENDED_OPERATOR:
        append("operator ");
        print(dc.left);
        return;
      default:
        String prefix = SpecialPrefix.of(dc.kind);
        if (prefix != null) {
          append(prefix);
          print(dc.left);
          return;
        }
        if (!types.print(dc) && !exprs.print(dc)) {
          fail();
        }
    }
  }

  private void moduleName(Node dc) {
    if (dc.left != null) {
      print(dc.left);
    }
    char c = dc.is(Kind.MODULE_PARTITION) ? ':' : dc.left != null ? '.' : 0;
    if (c != 0) {
      append(c);
    }
    print(dc.right);
  }

  private void structuredBinding(Node dc) {
    append('[');
    while (true) {
      print(dc.left);
      dc = dc.right;
      if (dc == null) {
        break;
      }
      append(", ");
    }
    append(']');
  }

  private void qualified(Node dc) {
    print(dc.left);
    append("::");
    Node local = dc.right;
    if (local.is(Kind.DEFAULT_ARG)) {
      append("{default arg#" + (local.num + 1) + "}::");
      local = local.left;
    }
    print(local);
  }

  void operator(Operator op) {
    append("operator");
    String name = op.name();
    if (isLower(name.charAt(0))) {
      append(' ');
    }
    if (name.endsWith(" ")) {
      name = name.substring(0, name.length() - 1);
    }
    append(name);
  }

  static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }
}
