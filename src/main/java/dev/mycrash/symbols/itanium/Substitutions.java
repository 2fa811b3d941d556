package dev.mycrash.symbols.itanium;

/**
 * {@code S_}, {@code S <base-36 seq-id> _} and the standard abbreviations {@code St Sa Sb Ss Si
 * So Sd}. c++filt prints the abbreviations in full ({@code Ss} is
 * {@code std::basic_string<char, std::char_traits<char>, std::allocator<char> >}).
 */
final class Substitutions {
  /** Code, full expansion (verbose), last name for a ctor/dtor, simple expansion. */
  private static final String[][] STANDARD = {
    {"t", "std", null, "std"},
    {"a", "std::allocator", "allocator", "std::allocator"},
    {"b", "std::basic_string", "basic_string", "std::basic_string"},
    {"s", "std::basic_string<char, std::char_traits<char>, std::allocator<char> >", "basic_string",
      "std::string"},
    {"i", "std::basic_istream<char, std::char_traits<char> >", "basic_istream", "std::istream"},
    {"o", "std::basic_ostream<char, std::char_traits<char> >", "basic_ostream", "std::ostream"},
    {"d", "std::basic_iostream<char, std::char_traits<char> >", "basic_iostream", "std::iostream"},
  };

  private final NameParser p;

  Substitutions(NameParser p) {
    this.p = p;
  }

  /** The node a substitution refers to; a prefix of a ctor/dtor always gets the full name. */
  Node substitution(boolean prefix) {
    if (!p.check('S')) {
      return null;
    }
    char c = p.next();
    if (c == '_' || ParserCore.isDigit(c) || ParserCore.isUpper(c)) {
      return numbered(c);
    }
    boolean verbose = p.verbose || (prefix && (p.peek() == 'C' || p.peek() == 'D'));
    for (String[] std : STANDARD) {
      if (c == std[0].charAt(0)) {
        if (std[2] != null) {
          p.lastName = Node.text(Kind.SUB_STD, std[2]);
        }
        Node dc = Node.text(Kind.SUB_STD, verbose ? std[1] : std[3]);
        if (p.peek() == 'B') {
          dc = p.abiTags(dc);
          if (!p.addSub(dc)) {
            return null;
          }
        }
        return dc;
      }
    }
    return null;
  }

  private Node numbered(char c) {
    long id = 0;
    if (c != '_') {
      do {
        long newId;
        if (ParserCore.isDigit(c)) {
          newId = id * 36 + c - '0';
        } else if (ParserCore.isUpper(c)) {
          newId = id * 36 + c - 'A' + 10;
        } else {
          return null;
        }
        if (newId > 0xFFFFFFFFL) {
          return null;
        }
        id = newId;
        c = p.next();
      } while (c != '_');
      id++;
    }
    return id >= p.subs.size() ? null : p.subs.get((int) id);
  }
}
