package dev.mycrash.symbols.itanium;

/**
 * {@code <name>}: nested, unscoped, local and template names. Sample: {@code N4JOIN10exec_innerEv}
 * names {@code JOIN::exec_inner}; {@code St6vectorIiSaIiEE} is {@code std::vector<int, ...>}.
 */
abstract class NameParser extends TypeParser {
  private final LocalNames localNames = new LocalNames(this);
  final Substitutions substitutions = new Substitutions(this);
  private final UnqualifiedNames unqualifiedNames = new UnqualifiedNames(this);

  NameParser(String s, int start) {
    super(s, start);
  }

  abstract Node encoding(boolean topLevel);

  @Override
  final Node name(boolean substable) {
    enter();
    return leave(nameRule(substable));
  }

  private Node nameRule(boolean substable) {
    char peek = peek();
    Node dc = null;
    Node module = null;
    boolean subst = false;
    switch (peek) {
      case 'N':
        dc = nestedName();
        break;
      case 'Z':
        dc = localNames.localName();
        break;
      case 'U':
        dc = unqualifiedName(null, null);
        break;
      default:
        if (peek == 'S') {
          if (peekNext() == 't') {
            advance(2);
            dc = name("std");
          }
          if (peek() == 'S') {
            module = substitutions.substitution(false);
            if (module == null) {
              return null;
            }
            if (!module.is(Kind.MODULE_NAME) && !module.is(Kind.MODULE_PARTITION)) {
              if (dc != null) {
                return null;
              }
              subst = true;
              dc = module;
              module = null;
            }
          }
        }
        if (!subst) {
          dc = unqualifiedName(dc, module);
        }
        if (peek() == 'I') {
          if (!subst && !addSub(dc)) {
            return null;
          }
          dc = comp(Kind.TEMPLATE, dc, templateArgs());
          subst = false;
        }
        break;
    }
    if (substable && !subst && !addSub(dc)) {
      return null;
    }
    return dc;
  }

  private Node nestedName() {
    if (!check('N')) {
      return null;
    }
    QualifierChain chain = cvQualifiers(true);
    if (chain == null) {
      return null;
    }
    Node rqual = refQualifier(null);
    Node inner = prefix(true);
    if (inner == null) {
      return null;
    }
    Node ret = chain.close(inner);
    if (rqual != null) {
      rqual.left = ret;
      ret = rqual;
    }
    return check('E') ? ret : null;
  }

  @Override
  final Node prefix(boolean substable) {
    Node ret = null;
    while (true) {
      char peek = peek();
      if (peek == 'D' && (peekNext() == 'T' || peekNext() == 't')) {
        if (ret != null) {
          return null;
        }
        ret = type();
      } else if (peek == 'I') {
        if (ret == null) {
          return null;
        }
        Node args = templateArgs();
        if (args == null) {
          return null;
        }
        ret = comp(Kind.TEMPLATE, ret, args);
      } else if (peek == 'T') {
        if (ret != null) {
          return null;
        }
        ret = templateParam();
      } else if (peek == 'M') {
        // Initializer scope of a lambda: already a substitution candidate, nothing to show.
        advance(1);
        continue;
      } else {
        Node module = null;
        if (peek == 'S') {
          module = substitutions.substitution(true);
          if (module == null) {
            return null;
          }
          if (!module.is(Kind.MODULE_NAME) && !module.is(Kind.MODULE_PARTITION)) {
            if (ret != null) {
              return null;
            }
            ret = module;
            continue;
          }
        }
        ret = unqualifiedName(ret, module);
      }
      if (ret == null) {
        return null;
      }
      if (peek() == 'E') {
        return ret;
      }
      if (substable && !addSub(ret)) {
        return null;
      }
    }
  }

  @Override
  final Node unqualifiedName(Node scope, Node module) {
    return unqualifiedNames.unqualifiedName(scope, module);
  }

  /** {@code W <source-name>} module names, each a substitution candidate; FAILED on failure. */
  final Node moduleName(Node module) {
    while (peek() == 'W') {
      advance(1);
      Kind code = Kind.MODULE_NAME;
      if (peek() == 'P') {
        code = Kind.MODULE_PARTITION;
        advance(1);
      }
      module = comp(code, module, sourceName());
      if (module == null || !addSub(module)) {
        return FAILED;
      }
    }
    return module;
  }

  /** {@code B <source-name>}* after a name; keeps the last name for a following ctor. */
  final Node abiTags(Node dc) {
    Node hold = lastName;
    while (peek() == 'B') {
      advance(1);
      dc = comp(Kind.TAGGED_NAME, dc, sourceName());
    }
    lastName = hold;
    return dc;
  }

  /** {@code _ <digit>} or {@code __ <number> _}; read and ignored. */
  final boolean discriminator() {
    if (peek() != '_') {
      return true;
    }
    advance(1);
    int underscores = 1;
    if (peek() == '_') {
      underscores++;
      advance(1);
    }
    int discrim = number();
    if (discrim < 0) {
      return false;
    }
    if (underscores > 1 && discrim >= 10) {
      return check('_');
    }
    return true;
  }
}
