package dev.mycrash.symbols.itanium;

/**
 * {@code <local-name> ::= Z <function encoding> E <entity name> [<discriminator>]}, also
 * {@code ... E s} (a string literal) and {@code ... E d [<n>] _ <name>} (a default argument).
 * Sample: {@code Z4mainE5local} is {@code main::local}.
 */
final class LocalNames {
  private final NameParser p;

  LocalNames(NameParser p) {
    this.p = p;
  }

  Node localName() {
    if (!p.check('Z')) {
      return null;
    }
    Node function = p.encoding(false);
    if (function == null || !p.check('E')) {
      return null;
    }
    Node name;
    if (p.peek() == 's') {
      p.advance(1);
      if (!p.discriminator()) {
        return null;
      }
      name = ParserCore.name("string literal");
    } else {
      int num = -1;
      if (p.peek() == 'd') {
        p.advance(1);
        num = p.compactNumber();
        if (num < 0) {
          return null;
        }
      }
      name = p.name(false);
      if (name != null && !name.is(Kind.LAMBDA) && !name.is(Kind.UNNAMED_TYPE)
          && !p.discriminator()) {
        return null;
      }
      if (num >= 0) {
        name = Node.number(Kind.DEFAULT_ARG, num, name);
      }
    }
    if (function.is(Kind.TYPED_NAME) && function.right.is(Kind.FUNCTION_TYPE)) {
      function.right.left = null;
    }
    return p.comp(Kind.LOCAL_NAME, function, name);
  }
}
