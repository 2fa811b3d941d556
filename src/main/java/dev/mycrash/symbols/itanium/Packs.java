package dev.mycrash.symbols.itanium;

/** Finding the template argument pack a pack expansion iterates over. */
final class Packs {
  private Packs() {}

  /** A template argument pack used in {@code dc} (any will do), or null. */
  static Node find(Printer p, Node dc) {
    return find(p, dc, 0);
  }

  private static Node find(Printer p, Node dc, int depth) {
    if (depth > p.depthBudget) {
      throw TooDeep.INSTANCE;
    }
    if (dc == null) {
      return null;
    }
    if (++p.steps > PrintState.MAX_STEPS) {
      p.fail();
      return null;
    }
    switch (dc.kind) {
      case TEMPLATE_PARAM: {
        Node a = TemplateArgs.lookup(p, dc);
        return a != null && a.is(Kind.TEMPLATE_ARGLIST) ? a : null;
      }
      case PACK_EXPANSION:
      case LAMBDA: case NAME: case TAGGED_NAME: case OPERATOR: case BUILTIN_TYPE:
      case EXTENDED_BUILTIN_TYPE: case SUB_STD: case CHARACTER: case FUNCTION_PARAM:
      case UNNAMED_TYPE: case DEFAULT_ARG: case NUMBER:
        return null;
      case EXTENDED_OPERATOR: case CTOR: case DTOR:
        return find(p, dc.left, depth + 1);
      default: {
        Node a = find(p, dc.left, depth + 1);
        return a != null ? a : find(p, dc.right, depth + 1);
      }
    }
  }

  static int length(Node dc) {
    int count = 0;
    while (dc != null && dc.is(Kind.TEMPLATE_ARGLIST) && dc.left != null) {
      ++count;
      dc = dc.right;
    }
    return count;
  }

  /** The number of template arguments in {@code dc}, expanding pack expansions. */
  static int argsLength(Printer p, Node dc) {
    int count = 0;
    for (; dc != null && dc.is(Kind.TEMPLATE_ARGLIST); dc = dc.right) {
      Node elt = dc.left;
      if (elt == null) {
        break;
      }
      if (elt.is(Kind.PACK_EXPANSION)) {
        count += length(find(p, elt.left));
      } else {
        ++count;
      }
    }
    return count;
  }
}
