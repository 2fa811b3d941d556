package dev.mycrash.symbols.itanium;

import dev.mycrash.symbols.itanium.PrintState.Mod;

/**
 * Array types: the element type first, then {@code [N]}, with {@code (*)} or {@code (&)} around
 * a pointer or reference to the array ({@code int (*) [3][4]}).
 */
final class ArrayPrinter {
  private static final int MAX_ARRAY_MODS = 4;
  private final Printer p;
  private final ModPrinter mods;

  ArrayPrinter(Printer p, ModPrinter mods) {
    this.p = p;
    this.mods = mods;
  }

  /** An array type: the element type first, then {@code [dim]}; cv on the array moves inward. */
  void array(Node dc) {
    Mod holdModifiers = p.modifiers;
    Mod[] adpm = new Mod[MAX_ARRAY_MODS];
    adpm[0] = new Mod(holdModifiers, dc, p.templates);
    p.modifiers = adpm[0];
    int i = 1;
    for (Mod m = holdModifiers; m != null && m.mod.kind.isCv(); m = m.next) {
      if (!m.printed) {
        if (i >= MAX_ARRAY_MODS) {
          p.fail();
          return;
        }
        adpm[i] = m.copy();
        adpm[i].next = p.modifiers;
        p.modifiers = adpm[i];
        m.printed = true;
        ++i;
      }
    }
    p.print(dc.right);
    p.modifiers = holdModifiers;
    if (adpm[0].printed) {
      return;
    }
    while (i > 1) {
      --i;
      mods.mod(adpm[i].mod);
    }
    arrayType(dc, p.modifiers);
  }

  void arrayType(Node dc, Mod mods) {
    boolean needSpace = true;
    if (mods != null) {
      boolean needParen = false;
      for (Mod m = mods; m != null; m = m.next) {
        if (!m.printed) {
          if (m.mod.is(Kind.ARRAY_TYPE)) {
            needSpace = false;
          } else {
            needParen = true;
            needSpace = true;
          }
          break;
        }
      }
      if (needParen) {
        p.append(" (");
      }
      this.mods.modList(mods, false);
      if (needParen) {
        p.append(')');
      }
    }
    if (needSpace) {
      p.append(' ');
    }
    p.append('[');
    if (dc.left != null) {
      p.print(dc.left);
    }
    p.append(']');
  }
}
