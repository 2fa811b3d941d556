package dev.mycrash.symbols.itanium;

/**
 * {@code <special-name>}: {@code TV} vtable, {@code TT} VTT, {@code TI} typeinfo, {@code TS}
 * typeinfo name, {@code Th}/{@code Tv}/{@code Tc} thunks, {@code TC} construction vtable,
 * {@code TH}/{@code TW} TLS init/wrapper, {@code GV} guard variable, {@code GR} reference
 * temporary, {@code GTt} transaction clone, {@code GI} module initializer. Sample:
 * {@code _ZThn8_N3Foo3barEv} is {@code non-virtual thunk to Foo::bar()}.
 */
final class SpecialNames {
  private final ItaniumParser p;

  SpecialNames(ItaniumParser p) {
    this.p = p;
  }

  Node specialName() {
    if (p.check('T')) {
      return tSpecial(p.next());
    }
    if (p.check('G')) {
      return gSpecial(p.next());
    }
    return null;
  }

  private Node tSpecial(char c) {
    switch (c) {
      case 'V': return p.comp(Kind.VTABLE, p.type(), null);
      case 'T': return p.comp(Kind.VTT, p.type(), null);
      case 'I': return p.comp(Kind.TYPEINFO, p.type(), null);
      case 'S': return p.comp(Kind.TYPEINFO_NAME, p.type(), null);
      case 'h':
        return callOffset('h') ? p.comp(Kind.THUNK, p.encoding(false), null) : null;
      case 'v':
        return callOffset('v') ? p.comp(Kind.VIRTUAL_THUNK, p.encoding(false), null) : null;
      case 'c':
        if (!callOffset((char) 0) || !callOffset((char) 0)) {
          return null;
        }
        return p.comp(Kind.COVARIANT_THUNK, p.encoding(false), null);
      case 'C': {
        Node derived = p.type();
        int offset = p.number();
        if (offset < 0 || !p.check('_')) {
          return null;
        }
        Node base = p.type();
        return p.comp(Kind.CONSTRUCTION_VTABLE, base, derived);
      }
      case 'F': return p.comp(Kind.TYPEINFO_FN, p.type(), null);
      case 'J': return p.comp(Kind.JAVA_CLASS, p.type(), null);
      case 'H': return p.comp(Kind.TLS_INIT, p.name(false), null);
      case 'W': return p.comp(Kind.TLS_WRAPPER, p.name(false), null);
      case 'A': return p.comp(Kind.TPARM_OBJ, p.templateArg(), null);
      default: return null;
    }
  }

  private Node gSpecial(char c) {
    switch (c) {
      case 'V':
        return p.comp(Kind.GUARD, p.name(false), null);
      case 'R': {
        Node name = p.name(false);
        return p.comp(Kind.REFTEMP, name, Node.number(Kind.NUMBER, p.number(), null));
      }
      case 'A':
        return p.comp(Kind.HIDDEN_ALIAS, p.encoding(false), null);
      case 'I': {
        Node module = p.moduleName(null);
        if (module == ParserCore.FAILED || module == null) {
          return null;
        }
        return p.comp(Kind.MODULE_INIT, module, null);
      }
      case 'T':
        if (p.next() == 'n') {
          return p.comp(Kind.NONTRANSACTION_CLONE, p.encoding(false), null);
        }
        return p.comp(Kind.TRANSACTION_CLONE, p.encoding(false), null);
      default:
        return null;
    }
  }

  /** {@code h <offset> _} or {@code v <offset> _ <virtual offset> _}; values are not shown. */
  private boolean callOffset(char c) {
    if (c == 0) {
      c = p.next();
    }
    if (c == 'h') {
      p.number();
    } else if (c == 'v') {
      p.number();
      if (!p.check('_')) {
        return false;
      }
      p.number();
    } else {
      return false;
    }
    return p.check('_');
  }
}
