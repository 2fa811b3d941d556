package dev.mycrash.collect.steps;

import dev.mycrash.symbols.Demangler;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Demangles every Itanium symbol in a text, in place: {@code (_ZN4JOIN10exec_innerEv+0xf72)} → {@code (JOIN::exec_inner()+0xf72)}. */
final class Demangling {
  private static final Pattern MANGLED = Pattern.compile("_Z[A-Za-z0-9_.$]+");

  private Demangling() {}

  static String inText(String text) {
    Matcher m = MANGLED.matcher(text);
    StringBuilder b = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(Demangler.demangle(m.group())));
    }
    m.appendTail(b);
    return b.toString();
  }
}
