package dev.mycrash.symbols.itanium;

import dev.mycrash.symbols.itanium.PrintState.Mod;
import dev.mycrash.symbols.itanium.PrintState.Tpl;

/**
 * Printing of declarations and types: a function name with its signature, templates and their
 * parameters, and modifiers that must wrap what they modify ({@code void (*)(int)}).
 */
final class TypePrinter {
  private final Printer p;
  final ModPrinter mods;
  private final TypedNamePrinter typedNames;
  private final ReferencePrinter references;

  TypePrinter(Printer p) {
    this.p = p;
    this.mods = new ModPrinter(p);
    this.typedNames = new TypedNamePrinter(p);
    this.references = new ReferencePrinter(p, this);
  }

  /** Prints {@code dc} if it is a type construct; false if it is not one. */
  boolean print(Node dc) {
    switch (dc.kind) {
      case TYPED_NAME:
        typedNames.print(dc);
        return true;
      case TEMPLATE:
        template(dc);
        return true;
      case TEMPLATE_PARAM:
        TemplateArgs.printParam(p, dc);
        return true;
      case RESTRICT: case VOLATILE: case CONST:
        cv(dc);
        return true;
      case REFERENCE: case RVALUE_REFERENCE:
        reference(dc);
        return true;
      case VENDOR_TYPE_QUAL: case POINTER: case COMPLEX: case IMAGINARY:
      case RESTRICT_THIS: case VOLATILE_THIS: case CONST_THIS: case REFERENCE_THIS:
      case RVALUE_REFERENCE_THIS: case TRANSACTION_SAFE: case NOEXCEPT: case THROW_SPEC:
        modifier(dc, null);
        return true;
      case FUNCTION_TYPE:
        functionType(dc);
        return true;
      case ARRAY_TYPE:
        mods.arrays.array(dc);
        return true;
      case PTRMEM_TYPE: case VECTOR_TYPE:
        pushAndPrint(dc, dc.right);
        return true;
      case ARGLIST: case TEMPLATE_ARGLIST:
        argList(dc);
        return true;
      case CONVERSION:
        p.append("operator ");
        conversion(dc);
        return true;
      default:
        return false;
    }
  }

  private void template(Node dc) {
    Node holdCurrent = p.currentTemplate;
    p.currentTemplate = dc;
    Mod holdMods = p.modifiers;
    p.modifiers = null;
    p.print(dc.left);
    templateArgs(dc.right);
    p.modifiers = holdMods;
    p.currentTemplate = holdCurrent;
  }

  /** {@code <args>}, with a space to avoid {@code <<} and {@code >>}. */
  void templateArgs(Node args) {
    if (p.lastChar == '<') {
      p.append(' ');
    }
    p.append('<');
    p.print(args);
    if (p.lastChar == '>') {
      p.append(' ');
    }
    p.append('>');
  }

  private void cv(Node dc) {
    for (Mod m = p.modifiers; m != null; m = m.next) {
      if (!m.printed) {
        if (!m.mod.kind.isCv()) {
          break;
        }
        if (m.mod.kind == dc.kind) {
          p.print(dc.left);
          return;
        }
      }
    }
    modifier(dc, null);
  }

  private void reference(Node dc) {
    references.print(dc);
  }

  /** Pushes {@code dc} as a pending modifier, prints {@code inner}, then the modifier if unused. */
  void modifier(Node dc, Node inner) {
    Mod m = new Mod(p.modifiers, dc, p.templates);
    p.modifiers = m;
    p.print(inner != null ? inner : dc.left);
    if (!m.printed) {
      mods.mod(dc);
    }
    p.modifiers = m.next;
  }

  private void pushAndPrint(Node dc, Node inner) {
    Mod m = new Mod(p.modifiers, dc, p.templates);
    p.modifiers = m;
    p.print(inner);
    if (!m.printed) {
      mods.mod(dc);
    }
    p.modifiers = m.next;
  }

  private void functionType(Node dc) {
    if (dc.left != null) {
      Mod m = new Mod(p.modifiers, dc, p.templates);
      p.modifiers = m;
      p.print(dc.left);
      p.modifiers = m.next;
      if (m.printed) {
        return;
      }
      p.append(' ');
    }
    mods.functionType(dc, p.modifiers);
  }

  private void argList(Node dc) {
    if (dc.left != null) {
      p.print(dc.left);
    }
    if (dc.right != null) {
      p.append(", ");
      int len = p.out.length();
      p.print(dc.right);
      if (p.out.length() == len) {
        p.out.setLength(len - 2);
      }
    }
  }

  /** A conversion operator's type, with the enclosing template's parameters in scope. */
  void conversion(Node dc) {
    Tpl saved = p.templates;
    if (p.currentTemplate != null) {
      p.templates = new Tpl(p.templates, p.currentTemplate);
    }
    if (!dc.left.is(Kind.TEMPLATE)) {
      p.print(dc.left);
      p.templates = saved;
    } else {
      p.print(dc.left.left);
      p.templates = saved;
      templateArgs(dc.left.right);
    }
  }
}
