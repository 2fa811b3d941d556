package dev.mycrash.symbols.msvc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Qualified names: fragments innermost first, each {@code name@}, a back-reference digit, or a
 * template {@code ?$name@args@}; the list ends with {@code @}. Sample:
 * {@code fix_fields@Item_field@@} is {@code Item_field::fix_fields}.
 */
class MsvcNames extends MsvcTypes {
  MsvcNames(String s) {
    super(s);
  }

  @Override
  String qualifiedName() {
    return scopes(fragment());
  }

  /** Fragments of the last qualified name read, innermost first. */
  List<String> lastParts = List.of();

  /** The enclosing scopes of {@code innermost}, up to the terminating {@code @}. */
  String scopes(String innermost) {
    List<String> parts = new ArrayList<>();
    parts.add(innermost);
    while (!eat('@')) {
      if (atEnd()) {
        throw Bad.INSTANCE;
      }
      parts.add(fragment());
    }
    lastParts = new ArrayList<>(parts);
    Collections.reverse(parts);
    return String.join("::", parts);
  }

  /** One name fragment. */
  String fragment() {
    char c = peek();
    if (c >= '0' && c <= '9') {
      next();
      return nameBackref(c);
    }
    if (eat("?$")) {
      String t = template(identifierNoRemember());
      remember(t);
      return t;
    }
    if (eat("?A0x")) {
      int at = s.indexOf('@', pos);
      if (at < 0) {
        throw Bad.INSTANCE;
      }
      pos = at + 1;
      return "`anonymous namespace'";
    }
    if (c == '?') {
      throw Bad.INSTANCE;
    }
    return identifier();
  }

  private String identifierNoRemember() {
    int at = s.indexOf('@', pos);
    if (at <= pos) {
      throw Bad.INSTANCE;
    }
    String id = s.substring(pos, at);
    pos = at + 1;
    return id;
  }

  /** {@code name} followed by template arguments up to {@code @}, each in its own scope. */
  String template(String name) {
    List<String> outerNames = names;
    List<String> outerArgs = argTypes;
    names = new ArrayList<>();
    argTypes = new ArrayList<>();
    names.add(name);
    List<String> args = new ArrayList<>();
    while (!eat('@')) {
      if (atEnd()) {
        throw Bad.INSTANCE;
      }
      String a = templateArg();
      if (a != null) {
        args.add(a);
      }
    }
    names = outerNames;
    argTypes = outerArgs;
    String joined = String.join(",", args);
    return name + "<" + joined + (joined.endsWith(">") ? " >" : ">");
  }

  private String templateArg() {
    if (eat("$0")) {
      return Long.toString(number());
    }
    if (eat("$$V") || eat("$$Z")) {
      return null;
    }
    char c = peek();
    if (c >= '0' && c <= '9') {
      next();
      int i = c - '0';
      if (i >= argTypes.size()) {
        throw Bad.INSTANCE;
      }
      return argTypes.get(i);
    }
    int start = pos;
    String t = type(true);
    if (pos - start > 1 && argTypes.size() < 10) {
      argTypes.add(t);
    }
    return t;
  }
}
