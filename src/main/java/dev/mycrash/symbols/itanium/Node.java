package dev.mycrash.symbols.itanium;

/**
 * One node of the tree the parser builds. Binary nodes use {@link #left} and {@link #right}; leaf
 * nodes carry their payload in {@link #text}, {@link #num}, {@link #op} or {@link #builtin}. Nodes
 * are shared when the mangled name uses a substitution, so the tree is a DAG. Children are mutable
 * because a few grammar rules patch a node after building it (as the reference demangler does).
 */
final class Node {
  Kind kind;
  Node left;
  Node right;
  final String text;
  final int num;
  final Operator op;
  final Builtin builtin;
  /** How many times this node is on the printer's stack right now (loop guard). */
  int printing;

  Node(Kind kind, Node left, Node right, String text, int num, Operator op, Builtin builtin) {
    this.kind = kind;
    this.left = left;
    this.right = right;
    this.text = text;
    this.num = num;
    this.op = op;
    this.builtin = builtin;
  }

  static Node binary(Kind kind, Node left, Node right) {
    return new Node(kind, left, right, null, 0, null, null);
  }

  static Node text(Kind kind, String text) {
    return new Node(kind, null, null, text, 0, null, null);
  }

  static Node number(Kind kind, int num, Node sub) {
    return new Node(kind, sub, null, null, num, null, null);
  }

  boolean is(Kind k) {
    return kind == k;
  }

  @Override
  public String toString() {
    return kind + (text != null ? "'" + text + "'" : "") + "(" + left + ", " + right + ")";
  }
}
