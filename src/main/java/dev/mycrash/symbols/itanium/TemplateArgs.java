package dev.mycrash.symbols.itanium;

import dev.mycrash.symbols.itanium.PrintState.Tpl;

/**
 * Resolving {@code T_}, {@code T0_}... to the argument of the innermost template in scope, and
 * picking one element of an argument pack while a pack expansion is printed.
 */
final class TemplateArgs {
  private TemplateArgs() {}

  /** Prints the argument a template parameter stands for ({@code auto:N} in a lambda). */
  static void printParam(Printer p, Node dc) {
    if (p.lambdaArg > 0) {
      p.append("auto:" + (dc.num + 1));
      return;
    }
    Node a = lookup(p, dc);
    if (a != null && a.is(Kind.TEMPLATE_ARGLIST)) {
      a = index(a, p.packIndex);
    }
    if (a == null) {
      p.fail();
      return;
    }
    Tpl hold = p.templates;
    p.templates = hold.next;
    p.print(a);
    p.templates = hold;
  }

  static Node lookup(Printer p, Node param) {
    if (p.templates == null) {
      p.fail();
      return null;
    }
    return index(p.templates.decl.right, param.num);
  }

  static Node index(Node args, int i) {
    if (i < 0) {
      return args;
    }
    Node a = args;
    for (; a != null; a = a.right) {
      if (!a.is(Kind.TEMPLATE_ARGLIST)) {
        return null;
      }
      if (i <= 0) {
        break;
      }
      --i;
    }
    if (i != 0 || a == null) {
      return null;
    }
    return a.left;
  }
}
