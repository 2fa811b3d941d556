package dev.mycrash.symbols;

/**
 * Legacy Rust symbols, which c++filt tries before C++: {@code _ZN} + length-prefixed path
 * segments + a {@code 17h<16 hex digits>} hash segment + {@code E}, optionally followed by a
 * {@code .suffix} that is dropped. Segments use {@code $LT$}-style escapes and {@code ..} for
 * {@code ::}. Sample: {@code _ZN4core3ptr13drop_in_place17h0123456789abcdefE} is
 * {@code core::ptr::drop_in_place::h0123456789abcdef} (c++filt is verbose, so the hash stays).
 * Rust v0 symbols ({@code _R...}) are not handled.
 */
final class RustLegacy {
  private static final int HASH_SEGMENT = 19; // "17h" + 16 hex digits

  private RustLegacy() {}

  /** The Rust reading of {@code symbol}, or null when it is not a legacy Rust symbol. */
  static String demangle(String symbol) {
    if (!symbol.startsWith("_ZN")) {
      return null;
    }
    String sym = symbol.substring(3);
    for (int i = 0; i < sym.length(); i++) {
      char c = sym.charAt(i);
      boolean ok = c == '_' || isAlnum(c) || c == '$' || c == '.' || c == ':' || c == '@';
      if (!ok) {
        return null;
      }
    }
    int len = sym.length();
    boolean dotSuffix = true;
    while (len > 0 && !(dotSuffix && sym.charAt(len - 1) == 'E')) {
      dotSuffix = sym.charAt(len - 1) == '.';
      len--;
    }
    if (len == 0) {
      return null;
    }
    len--;
    if (len <= HASH_SEGMENT || !sym.startsWith("17h", len - HASH_SEGMENT)) {
      return null;
    }
    String body = sym.substring(0, len);
    StringBuilder out = new StringBuilder(body.length() + 16);
    int pos = 0;
    String last = null;
    while (pos < body.length()) {
      int[] span = segment(body, pos);
      if (span == null) {
        return null;
      }
      if (pos > 0) {
        out.append("::");
      }
      last = body.substring(span[0], span[1]);
      printSegment(last, out);
      pos = span[1];
    }
    return isHash(last) ? out.toString() : null;
  }

  /** {start, end} of the segment whose decimal length starts at {@code pos}, or null. */
  private static int[] segment(String s, int pos) {
    if (pos >= s.length() || !isDigit(s.charAt(pos))) {
      return null;
    }
    long len = s.charAt(pos++) - '0';
    if (len != 0) {
      while (pos < s.length() && isDigit(s.charAt(pos))) {
        len = len * 10 + (s.charAt(pos++) - '0');
        if (len > s.length()) {
          return null;
        }
      }
    }
    if (len == 0 || pos + len > s.length()) {
      return null;
    }
    return new int[] {pos, (int) (pos + len)};
  }

  /** {@code h} + 16 lower-case hex digits, at least 5 of them distinct. */
  private static boolean isHash(String seg) {
    if (seg == null || seg.length() != 17 || seg.charAt(0) != 'h') {
      return false;
    }
    int seen = 0;
    for (int i = 1; i < 17; i++) {
      int nibble = Character.digit(seg.charAt(i), 16);
      if (nibble < 0 || Character.isUpperCase(seg.charAt(i))) {
        return false;
      }
      seen |= 1 << nibble;
    }
    return Integer.bitCount(seen) >= 5;
  }

  private static void printSegment(String seg, StringBuilder out) {
    if (seg.length() >= 2 && seg.charAt(0) == '_' && seg.charAt(1) == '$') {
      seg = seg.substring(1);
    }
    int i = 0;
    while (i < seg.length()) {
      char c = seg.charAt(i);
      if (c == '$') {
        int[] escLen = new int[1];
        char unescaped = unescape(seg, i, escLen);
        if (unescaped == 0) {
          out.append(seg, i, seg.length());
          return;
        }
        out.append(unescaped);
        i += escLen[0];
      } else if (c == '.') {
        boolean pair = i + 1 < seg.length() && seg.charAt(i + 1) == '.';
        out.append(pair ? "::" : ".");
        i += pair ? 2 : 1;
      } else {
        int j = i;
        while (j < seg.length() && seg.charAt(j) != '$' && seg.charAt(j) != '.') {
          j++;
        }
        out.append(seg, i, j);
        i = j;
      }
    }
  }

  /** {@code $C$ $SP$ $BP$ $RF$ $LT$ $GT$ $LP$ $RP$ $uXX$}; 0 for anything else. */
  private static char unescape(String s, int at, int[] escLen) {
    int len = s.length() - at - 1;
    if (len < 2) {
      return 0;
    }
    int e = at + 1;
    char c = 0;
    int escape;
    if (s.charAt(e) == 'C') {
      escape = 1;
      c = ',';
    } else if (len > 2) {
      escape = 2;
      String two = s.substring(e, e + 2);
      switch (two) {
        case "SP" -> c = '@';
        case "BP" -> c = '*';
        case "RF" -> c = '&';
        case "LT" -> c = '<';
        case "GT" -> c = '>';
        case "LP" -> c = '(';
        case "RP" -> c = ')';
        default -> {
          if (s.charAt(e) == 'u' && len > 3) {
            escape = 3;
            int hi = lowerHex(s.charAt(e + 1));
            int lo = lowerHex(s.charAt(e + 2));
            if (hi < 0 || lo < 0 || hi > 7 || ((hi << 4) | lo) < 0x20) {
              return 0;
            }
            c = (char) ((hi << 4) | lo);
          }
        }
      }
    } else {
      return 0;
    }
    if (c == 0 || len <= escape || s.charAt(e + escape) != '$') {
      return 0;
    }
    escLen[0] = 2 + escape;
    return c;
  }

  private static int lowerHex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAlnum(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
