package dev.mycrash.symbols.itanium;

import java.util.ArrayList;
import java.util.List;

/**
 * Cursor, substitution table and node factories shared by the grammar classes. Every grammar
 * method returns {@code null} when the input does not match, and callers pass that on, so a
 * malformed symbol simply fails to demangle.
 */
abstract class ParserCore {
  /** Nesting limit of function types, as in libiberty (DEMANGLE_RECURSION_LIMIT). */
  static final int RECURSION_LIMIT = 2048;

  /** Returned where null already means "absent" and a failure must be told apart. */
  static final Node FAILED = Node.text(Kind.NAME, "<failed>");

  private final String s;
  private final char[] chars;
  private final int end;
  int pos;
  final List<Node> subs = new ArrayList<>();
  Node lastName;
  boolean isExpression;
  boolean isConversion;
  int recursionLevel;
  /** Recursion depth of the grammar methods, and where we give up on this thread's stack. */
  int depth;
  int depthBudget = Integer.MAX_VALUE;
  /** c++filt's DMGL_VERBOSE: print {@code Ss} as the full basic_string type, not std::string. */
  boolean verbose = true;
  /** 1: try the new unresolved-name syntax; -1: it was tried; 0: old syntax only. */
  int unresolvedNameState = 1;

  ParserCore(String s, int start) {
    this.s = s;
    this.chars = s.toCharArray();
    this.end = chars.length;
    this.pos = start;
  }

  /** Called on entry to a recursive grammar rule; pair with {@link #leave()}. */
  final void enter() {
    if (++depth > depthBudget) {
      throw TooDeep.INSTANCE;
    }
  }

  final <T> T leave(T result) {
    depth--;
    return result;
  }

  final char peek() {
    return pos < end ? chars[pos] : 0;
  }

  final char peekNext() {
    return pos + 1 < end ? chars[pos + 1] : 0;
  }

  final char peekAt(int offset) {
    int i = pos + offset;
    return i >= 0 && i < end ? chars[i] : 0;
  }

  final char next() {
    return pos < end ? chars[pos++] : 0;
  }

  final void advance(int n) {
    pos += n;
  }

  final boolean check(char c) {
    if (peek() == c && c != 0) {
      pos++;
      return true;
    }
    return false;
  }

  final boolean atEnd() {
    return pos >= end;
  }

  final String slice(int from, int to) {
    return s.substring(from, Math.min(to, end));
  }

  final int remaining() {
    return end - pos;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** {@code [n] <decimal>}; -1 on int overflow. */
  final int number() {
    boolean negative = false;
    if (peek() == 'n') {
      negative = true;
      pos++;
    }
    int ret = 0;
    while (isDigit(peek())) {
      int d = peek() - '0';
      if (ret > (Integer.MAX_VALUE - d) / 10) {
        return -1;
      }
      ret = ret * 10 + d;
      pos++;
    }
    return negative ? -ret : ret;
  }

  /** {@code _} is 0, {@code <n>_} is n+1; -1 when malformed. */
  final int compactNumber() {
    int num;
    if (peek() == '_') {
      num = 0;
    } else if (peek() == 'n') {
      return -1;
    } else {
      num = number() + 1;
    }
    if (num < 0 || !check('_')) {
      return -1;
    }
    return num;
  }

  final Node comp(Kind kind, Node left, Node right) {
    return kind.accepts(left, right) ? Node.binary(kind, left, right) : null;
  }

  static Node name(String text) {
    return Node.text(Kind.NAME, text);
  }

  final boolean addSub(Node n) {
    if (n == null) {
      return false;
    }
    subs.add(n);
    return true;
  }

  /** {@code <source-name> ::= <length> <identifier>}; remembers it as the last name seen. */
  final Node sourceName() {
    int len = number();
    if (len <= 0) {
      return null;
    }
    Node ret = identifier(len);
    lastName = ret;
    return ret;
  }

  private Node identifier(int len) {
    if (remaining() < len) {
      return null;
    }
    String id = s.substring(pos, pos + len);
    pos += len;
    if (len >= 10 && id.startsWith("_GLOBAL_")) {
      char c = id.charAt(8);
      if ((c == '.' || c == '_' || c == '$') && id.charAt(9) == 'N') {
        return name("(anonymous namespace)");
      }
    }
    return name(id);
  }
}
