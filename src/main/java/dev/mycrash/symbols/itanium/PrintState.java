package dev.mycrash.symbols.itanium;

import java.util.ArrayList;
import java.util.List;

/**
 * What the printer carries while it walks the tree: the output, the templates in scope (for
 * resolving {@code T_}), the pending type modifiers (so {@code int (*)[3]} comes out in C++
 * declarator order), the pack index, and the budgets that keep hostile input bounded.
 */
class PrintState {
  /** libiberty's MAX_RECURSION_COUNT: deeper printing fails the whole symbol. */
  static final int MAX_RECURSION = 1024;
  /** Our bound on work per symbol; c++filt has none (substitutions can blow up exponentially). */
  static final int MAX_STEPS = 1_000_000;
  static final int MAX_OUTPUT = 1 << 20;

  /** A template whose arguments are in scope. */
  static final class Tpl {
    final Tpl next;
    final Node decl;

    Tpl(Tpl next, Node decl) {
      this.next = next;
      this.decl = decl;
    }
  }

  /** A modifier (pointer, cv, function type...) waiting for its place in the output. */
  static final class Mod {
    Mod next;
    Node mod;
    boolean printed;
    Tpl templates;

    Mod(Mod next, Node mod, Tpl templates) {
      this.next = next;
      this.mod = mod;
      this.templates = templates;
    }

    Mod copy() {
      Mod m = new Mod(next, mod, templates);
      m.printed = printed;
      return m;
    }
  }

  record SavedScope(Node container, Tpl templates) {}

  final StringBuilder out;
  char lastChar;
  boolean failed;
  int recursion;
  /** Beyond this depth the caller's thread stack may not suffice: throw {@link TooDeep}. */
  int depthBudget = Integer.MAX_VALUE;
  int steps;
  Tpl templates;
  Mod modifiers;
  int packIndex;
  int lambdaArg;
  /** The nodes being printed, outermost first; {@code stack[depth - 1]} is the current one. */
  Node[] stack = new Node[64];
  int depth;
  final List<SavedScope> savedScopes = new ArrayList<>();
  Node currentTemplate;

  PrintState(int capacity) {
    out = new StringBuilder(capacity);
  }

  final void push(Node dc) {
    if (depth == stack.length) {
      stack = java.util.Arrays.copyOf(stack, depth * 2);
    }
    stack[depth++] = dc;
  }

  final void fail() {
    failed = true;
  }

  final void append(char c) {
    if (out.length() >= MAX_OUTPUT) {
      failed = true;
      return;
    }
    out.append(c);
    lastChar = c;
  }

  final void append(String s) {
    if (s.isEmpty()) {
      return;
    }
    if (out.length() + s.length() > MAX_OUTPUT) {
      failed = true;
      return;
    }
    out.append(s);
    lastChar = s.charAt(s.length() - 1);
  }

  final SavedScope savedScope(Node container) {
    for (SavedScope s : savedScopes) {
      if (s.container() == container) {
        return s;
      }
    }
    return null;
  }
}
