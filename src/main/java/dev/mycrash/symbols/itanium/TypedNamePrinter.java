package dev.mycrash.symbols.itanium;

import dev.mycrash.symbols.itanium.PrintState.Mod;
import dev.mycrash.symbols.itanium.PrintState.Tpl;

/**
 * A name with its type, e.g. a function and its signature. The name goes down as a modifier so the
 * type can print it in the right place ({@code void (*foo())(int)}); trailing cv-qualifiers of a
 * member function apply to {@code this} and print after the parameters.
 */
final class TypedNamePrinter {
  private static final int MAX_MODS = 4;
  private final Printer p;

  TypedNamePrinter(Printer p) {
    this.p = p;
  }

  void print(Node dc) {
    Mod holdModifiers = p.modifiers;
    p.modifiers = null;
    Mod[] adpm = new Mod[MAX_MODS];
    int i = 0;
    Node typedName = dc.left;
    while (typedName != null) {
      if (i >= MAX_MODS) {
        p.fail();
        return;
      }
      adpm[i] = new Mod(p.modifiers, typedName, p.templates);
      p.modifiers = adpm[i];
      ++i;
      if (!typedName.kind.isFunctionQualifier()) {
        break;
      }
      typedName = typedName.left;
    }
    if (typedName == null) {
      p.fail();
      return;
    }
    if (typedName.is(Kind.LOCAL_NAME)) {
      typedName = typedName.right;
      if (typedName.is(Kind.DEFAULT_ARG)) {
        typedName = typedName.left;
      }
      while (typedName != null && typedName.kind.isFunctionQualifier()) {
        if (i >= MAX_MODS) {
          p.fail();
          return;
        }
        adpm[i] = adpm[i - 1].copy();
        adpm[i].next = adpm[i - 1];
        p.modifiers = adpm[i];
        adpm[i - 1].mod = typedName;
        adpm[i - 1].printed = false;
        adpm[i - 1].templates = p.templates;
        ++i;
        typedName = typedName.left;
      }
      if (typedName == null) {
        p.fail();
        return;
      }
    }
    Tpl holdTemplates = p.templates;
    if (typedName.is(Kind.TEMPLATE)) {
      p.templates = new Tpl(p.templates, typedName);
    }
    p.print(dc.right);
    if (typedName.is(Kind.TEMPLATE)) {
      p.templates = holdTemplates;
    }
    while (i > 0) {
      --i;
      if (!adpm[i].printed) {
        p.append(' ');
        p.types.mods.mod(adpm[i].mod);
      }
    }
    p.modifiers = holdModifiers;
  }
}
