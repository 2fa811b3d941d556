package dev.mycrash.knownbugs;

import java.util.Map;

/**
 * The qualified function name inside an Itanium-mangled symbol, without parameters: enough for
 * a signature when the full demangler is not available or gives up. Handles nested names,
 * {@code St}, {@code L} (internal linkage), constructors, destructors, ABI tags and common
 * operators; returns null for anything with template arguments, substitutions or local names
 * (the caller then keeps the symbol as printed).
 *
 * <pre>
 * _ZN17Item_func_udf_int7val_intEv                 -&gt; Item_func_udf_int::val_int
 * _ZNK12Type_handler18Item_send_longlongEP4Item... -&gt; Type_handler::Item_send_longlong
 * _Z10do_commandP3THDb                             -&gt; do_command
 * _ZN2ib5fatalD1Ev                                 -&gt; ib::fatal::~fatal
 * </pre>
 */
final class MangledName {
  private static final Map<String, String> OPERATORS =
      Map.ofEntries(
          Map.entry("nw", "operator new"), Map.entry("na", "operator new[]"),
          Map.entry("dl", "operator delete"), Map.entry("da", "operator delete[]"),
          Map.entry("cl", "operator()"), Map.entry("ix", "operator[]"),
          Map.entry("eq", "operator=="), Map.entry("ne", "operator!="),
          Map.entry("aS", "operator="), Map.entry("lt", "operator<"),
          Map.entry("gt", "operator>"), Map.entry("pt", "operator->"));

  private final String s;
  private int pos;

  private MangledName(String s) {
    this.s = s;
  }

  /** The name, or null when {@code symbol} is not a mangled name this decoder handles. */
  static String of(String symbol) {
    if (symbol == null || !symbol.startsWith("_Z")) {
      return null;
    }
    try {
      return new MangledName(symbol).name();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private String name() {
    pos = 2;
    if (peek() == 'L') {
      pos++;
    }
    if (peek() != 'N') {
      String single = s.startsWith("St", pos) ? "std::" + skip(2).unqualified(null) : unqualified(null);
      return peek() == 'I' ? null : single;
    }
    pos++;
    while ("rVKRO".indexOf(peek()) >= 0) {
      pos++;
    }
    StringBuilder out = new StringBuilder();
    String last = null;
    if (s.startsWith("St", pos)) {
      pos += 2;
      out.append("std");
    }
    while (peek() != 'E') {
      char c = peek();
      if (c == 'I' || c == 'S' || c == 'Z' || c == 'U') {
        return null;
      }
      String part = unqualified(last);
      if (!(c == 'C' || c == 'D')) {
        last = part;
      }
      if (out.length() > 0) {
        out.append("::");
      }
      out.append(part);
    }
    return out.toString();
  }

  private MangledName skip(int n) {
    pos += n;
    return this;
  }

  private String unqualified(String enclosing) {
    char c = peek();
    String part;
    if (Character.isDigit(c)) {
      part = sourceName();
    } else if (c == 'C' && enclosing != null) {
      pos += s.charAt(pos + 1) == 'I' ? 3 : 2;
      part = enclosing;
    } else if (c == 'D' && enclosing != null && Character.isDigit(s.charAt(pos + 1))) {
      pos += 2;
      part = "~" + enclosing;
    } else if (OPERATORS.containsKey(s.substring(pos, pos + 2))) {
      part = OPERATORS.get(s.substring(pos, pos + 2));
      pos += 2;
    } else {
      throw new IllegalArgumentException("unsupported");
    }
    while (peek() == 'B') {
      pos++;
      sourceName();
    }
    return part;
  }

  private String sourceName() {
    int start = pos;
    while (Character.isDigit(peek())) {
      pos++;
    }
    int len = Integer.parseInt(s.substring(start, pos));
    String id = s.substring(pos, pos + len);
    pos += len;
    return id;
  }

  private char peek() {
    return pos < s.length() ? s.charAt(pos) : '\0';
  }
}
