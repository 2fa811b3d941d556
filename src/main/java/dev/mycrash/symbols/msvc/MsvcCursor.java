package dev.mycrash.symbols.msvc;

import java.util.ArrayList;
import java.util.List;

/**
 * Cursor over an MSVC-decorated name plus its two back-reference tables: names ({@code 0}-{@code 9}
 * in a qualified name) and argument types ({@code 0}-{@code 9} in a parameter list). Failures are
 * signalled with {@link Bad}, caught once at the top.
 */
class MsvcCursor {
  /** The symbol does not follow the grammar we know; the caller returns it unchanged. */
  static final class Bad extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Bad INSTANCE = new Bad();

    private Bad() {
      super("not an MSVC name we can read", null, false, false);
    }
  }

  static final int MAX_DEPTH = 64;

  final String s;
  int pos;
  int depth;
  List<String> names = new ArrayList<>();
  List<String> argTypes = new ArrayList<>();

  MsvcCursor(String s) {
    this.s = s;
  }

  char peek() {
    return pos < s.length() ? s.charAt(pos) : 0;
  }

  char peekAt(int i) {
    return pos + i < s.length() ? s.charAt(pos + i) : 0;
  }

  char next() {
    if (pos >= s.length()) {
      throw Bad.INSTANCE;
    }
    return s.charAt(pos++);
  }

  boolean eat(char c) {
    if (peek() == c && c != 0) {
      pos++;
      return true;
    }
    return false;
  }

  boolean eat(String prefix) {
    if (s.startsWith(prefix, pos)) {
      pos += prefix.length();
      return true;
    }
    return false;
  }

  void expect(char c) {
    if (!eat(c)) {
      throw Bad.INSTANCE;
    }
  }

  boolean atEnd() {
    return pos >= s.length();
  }

  void enter() {
    if (++depth > MAX_DEPTH) {
      throw Bad.INSTANCE;
    }
  }

  void leave() {
    depth--;
  }

  /** {@code name@}; remembered for back-references. */
  String identifier() {
    int at = s.indexOf('@', pos);
    if (at <= pos) {
      throw Bad.INSTANCE;
    }
    String id = s.substring(pos, at);
    pos = at + 1;
    remember(id);
    return id;
  }

  void remember(String name) {
    if (names.size() < 10 && !names.contains(name)) {
      names.add(name);
    }
  }

  String nameBackref(char digit) {
    int i = digit - '0';
    if (i >= names.size()) {
      throw Bad.INSTANCE;
    }
    return names.get(i);
  }

  /** MSVC encoded number: {@code 0}-{@code 9} mean 1-10, else hex digits A-P ending in {@code @}. */
  long number() {
    boolean negative = eat('?');
    long v;
    char c = next();
    if (c >= '0' && c <= '9') {
      v = c - '0' + 1;
    } else {
      v = 0;
      while (c != '@') {
        if (c < 'A' || c > 'P') {
          throw Bad.INSTANCE;
        }
        v = v * 16 + (c - 'A');
        if (v > 0xFFFFFFFFFFFFL) {
          throw Bad.INSTANCE;
        }
        c = next();
      }
    }
    return negative ? -v : v;
  }
}
