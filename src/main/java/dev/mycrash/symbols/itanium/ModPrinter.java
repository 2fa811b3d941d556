package dev.mycrash.symbols.itanium;

import dev.mycrash.symbols.itanium.PrintState.Mod;
import dev.mycrash.symbols.itanium.PrintState.Tpl;

/**
 * Pending modifiers and the declarator syntax they need: {@code (*)} around a pointer to function
 * or array, {@code const} after a member function's parameters, {@code [N]} after arrays.
 */
final class ModPrinter {
  private final Printer p;
  final ArrayPrinter arrays;

  ModPrinter(Printer p) {
    this.p = p;
    this.arrays = new ArrayPrinter(p, this);
  }

  /** Prints the unprinted modifiers of {@code mods}; {@code suffix}: those after a function. */
  void modList(Mod mods, boolean suffix) {
    for (; mods != null && !p.failed; mods = mods.next) {
      if (mods.printed || (!suffix && mods.mod.kind.isFunctionQualifier())) {
        continue;
      }
      mods.printed = true;
      Tpl hold = p.templates;
      p.templates = mods.templates;
      Node mod = mods.mod;
      if (mod.is(Kind.FUNCTION_TYPE)) {
        functionType(mod, mods.next);
        p.templates = hold;
        return;
      } else if (mod.is(Kind.ARRAY_TYPE)) {
        arrays.arrayType(mod, mods.next);
        p.templates = hold;
        return;
      } else if (mod.is(Kind.LOCAL_NAME)) {
        localName(mod);
        p.templates = hold;
        return;
      }
      mod(mod);
      p.templates = hold;
    }
  }

  private void localName(Node mod) {
    Mod holdModifiers = p.modifiers;
    p.modifiers = null;
    p.print(mod.left);
    p.modifiers = holdModifiers;
    p.append("::");
    Node dc = mod.right;
    if (dc.is(Kind.DEFAULT_ARG)) {
      p.append("{default arg#" + (dc.num + 1) + "}::");
      dc = dc.left;
    }
    while (dc.kind.isFunctionQualifier()) {
      dc = dc.left;
    }
    p.print(dc);
  }

  void mod(Node mod) {
    switch (mod.kind) {
      case RESTRICT: case RESTRICT_THIS: p.append(" restrict"); return;
      case VOLATILE: case VOLATILE_THIS: p.append(" volatile"); return;
      case CONST: case CONST_THIS: p.append(" const"); return;
      case TRANSACTION_SAFE: p.append(" transaction_safe"); return;
      case NOEXCEPT: withArgs(" noexcept", mod.right); return;
      case THROW_SPEC: withArgs(" throw", mod.right); return;
      case VENDOR_TYPE_QUAL:
        p.append(' ');
        p.print(mod.right);
        return;
      case POINTER: p.append('*'); return;
      case REFERENCE_THIS: p.append(" &"); return;
      case REFERENCE: p.append('&'); return;
      case RVALUE_REFERENCE_THIS: p.append(" &&"); return;
      case RVALUE_REFERENCE: p.append("&&"); return;
      case COMPLEX: p.append(" _Complex"); return;
      case IMAGINARY: p.append(" _Imaginary"); return;
      case PTRMEM_TYPE:
        if (p.lastChar != '(') {
          p.append(' ');
        }
        p.print(mod.left);
        p.append("::*");
        return;
      case TYPED_NAME:
        p.print(mod.left);
        return;
      case VECTOR_TYPE:
        p.append(" __vector(");
        p.print(mod.left);
        p.append(')');
        return;
      default:
        p.print(mod);
    }
  }

  private void withArgs(String word, Node args) {
    p.append(word);
    if (args != null) {
      p.append('(');
      p.print(args);
      p.append(')');
    }
  }

  /** The parameter list of a function type, parenthesising the declarator when needed. */
  void functionType(Node dc, Mod mods) {
    boolean needParen = false;
    boolean needSpace = false;
    for (Mod m = mods; m != null && !m.printed; m = m.next) {
      switch (m.mod.kind) {
        case POINTER: case REFERENCE: case RVALUE_REFERENCE:
          needParen = true;
          break;
        case RESTRICT: case VOLATILE: case CONST: case VENDOR_TYPE_QUAL: case COMPLEX:
        case IMAGINARY: case PTRMEM_TYPE:
          needSpace = true;
          needParen = true;
          break;
        default:
          break;
      }
      if (needParen) {
        break;
      }
    }
    if (needParen) {
      if (!needSpace && p.lastChar != '(' && p.lastChar != '*') {
        needSpace = true;
      }
      if (needSpace && p.lastChar != ' ') {
        p.append(' ');
      }
      p.append('(');
    }
    Mod holdModifiers = p.modifiers;
    p.modifiers = null;
    modList(mods, false);
    if (needParen) {
      p.append(')');
    }
    p.append('(');
    if (dc.right != null) {
      p.print(dc.right);
    }
    p.append(')');
    modList(mods, true);
    p.modifiers = holdModifiers;
  }
}
