package dev.mycrash.symbols.itanium;

import dev.mycrash.symbols.itanium.PrintState.SavedScope;
import dev.mycrash.symbols.itanium.PrintState.Tpl;

/**
 * References, with C++ reference collapsing ({@code T&} with {@code T = int&&} prints
 * {@code int&}). A reference to a template parameter remembers the templates in scope the first
 * time it is printed, so a later substitution that reuses it resolves the same argument.
 */
final class ReferencePrinter {
  private final Printer p;
  private final TypePrinter types;

  ReferencePrinter(Printer p, TypePrinter types) {
    this.p = p;
    this.types = types;
  }

  void print(Node dc) {
    Node sub = dc.left;
    Node modInner = null;
    Tpl savedTemplates = null;
    boolean restore = false;
    if (p.lambdaArg == 0 && sub.is(Kind.TEMPLATE_PARAM)) {
      SavedScope scope = p.savedScope(sub);
      if (scope == null) {
        p.savedScopes.add(new SavedScope(sub, p.templates));
      } else if (!onStack(sub, dc)) {
        savedTemplates = p.templates;
        p.templates = scope.templates();
        restore = true;
      }
      Node a = TemplateArgs.lookup(p, sub);
      if (a != null && a.is(Kind.TEMPLATE_ARGLIST)) {
        a = TemplateArgs.index(a, p.packIndex);
      }
      if (a == null) {
        if (restore) {
          p.templates = savedTemplates;
        }
        p.fail();
        return;
      }
      sub = a;
    }
    if (sub.is(Kind.REFERENCE) || sub.kind == dc.kind) {
      dc = sub;
    } else if (sub.is(Kind.RVALUE_REFERENCE)) {
      modInner = sub.left;
    }
    types.modifier(dc, modInner);
    if (restore) {
      p.templates = savedTemplates;
    }
  }

  /** Whether we are already beneath {@code sub}, or beneath an earlier print of {@code dc}. */
  private boolean onStack(Node sub, Node dc) {
    for (int i = p.depth - 1; i >= 0; i--) {
      Node n = p.stack[i];
      if (n == sub || (n == dc && i != p.depth - 1)) {
        return true;
      }
    }
    return false;
  }
}
