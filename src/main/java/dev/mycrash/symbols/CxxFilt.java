package dev.mycrash.symbols;

import dev.mycrash.symbols.itanium.Itanium;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The text-stream behaviour of GNU c++filt 2.40, byte for byte. A token is a maximal run of ASCII
 * letters, digits, {@code _ $ .} (and NUL, which c++filt also accepts and then truncates at), at
 * most 32766 bytes; each token is demangled if it can be, everything else is copied unchanged.
 * A token starting with {@code .} or {@code $} is demangled without that character, and a
 * leading {@code .} is kept in the output. Example line and its output:
 *
 * <pre>
 * mysqld(_ZN4JOIN10exec_innerEv+0x2f)[0x55d0c4]
 * mysqld(JOIN::exec_inner()+0x2f)[0x55d0c4]
 * </pre>
 */
public final class CxxFilt {
  /** c++filt's token buffer is 32767 bytes including the terminating NUL. */
  static final int MAX_TOKEN = 32766;

  private CxxFilt() {}

  /** What c++filt prints for one token (its {@code demangle_it}). */
  public static String demangleToken(String token) {
    int nul = token.indexOf('\0');
    if (nul >= 0) {
      token = token.substring(0, nul);
    }
    int skip = !token.isEmpty() && (token.charAt(0) == '.' || token.charAt(0) == '$') ? 1 : 0;
    String symbol = token.substring(skip);
    // Like c++filt (cplus_demangle in auto mode): legacy Rust first, then C++.
    String result = RustLegacy.demangle(symbol);
    if (result == null) {
      result = Itanium.demangle(symbol);
    }
    if (result == null) {
      return token;
    }
    return token.startsWith(".") ? "." + result : result;
  }

  /** Copies {@code in} to {@code out}, demangling every mangled token. Does not close either. */
  public static void filter(InputStream in, OutputStream target) throws IOException {
    BufferedOutputStream out = new BufferedOutputStream(target, 1 << 16);
    byte[] buf = new byte[1 << 16];
    byte[] token = new byte[MAX_TOKEN];
    int tokenLen = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      int i = 0;
      while (i < n) {
        if (SYMBOL[buf[i] & 0xff] && tokenLen < MAX_TOKEN) {
          token[tokenLen++] = buf[i++];
          continue;
        }
        if (tokenLen > 0) {
          writeToken(token, tokenLen, out);
          tokenLen = 0;
        }
        // This byte ends the token (or overflowed c++filt's buffer): copied as it is, with the
        // run of non-token bytes after it.
        int start = i++;
        while (i < n && !SYMBOL[buf[i] & 0xff]) {
          i++;
        }
        out.write(buf, start, i - start);
      }
    }
    if (tokenLen > 0) {
      writeToken(token, tokenLen, out);
    }
    out.flush();
  }

  /** Filters one line of text (without its line end) the same way. */
  public static String filterLine(String line) {
    StringBuilder sb = new StringBuilder(line.length() + 32);
    int i = 0;
    int len = line.length();
    while (i < len) {
      int start = i;
      while (i < len && i - start < MAX_TOKEN && isSymbolChar(line.charAt(i))) {
        i++;
      }
      if (i > start) {
        sb.append(demangleToken(line.substring(start, i)));
      }
      if (i < len) {
        sb.append(line.charAt(i++));
      }
    }
    return sb.toString();
  }

  private static void writeToken(byte[] token, int len, OutputStream out) throws IOException {
    if (!mayDemangle(token, len)) {
      out.write(token, 0, len);
      return;
    }
    String t = new String(token, 0, len, StandardCharsets.ISO_8859_1);
    out.write(demangleToken(t).getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Cheap pre-check: only {@code _Z...}, {@code _GLOBAL_...} or a token with NUL can change. */
  private static boolean mayDemangle(byte[] token, int len) {
    int skip = token[0] == '.' || token[0] == '$' ? 1 : 0;
    if (len - skip >= 2 && token[skip] == '_' && (token[skip + 1] == 'Z' || token[skip + 1] == 'G')) {
      return true;
    }
    for (int i = 0; i < len; i++) {
      if (token[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static final boolean[] SYMBOL = new boolean[256];

  static {
    for (int c = 0; c < 128; c++) {
      SYMBOL[c] = isSymbolChar((char) c);
    }
  }

  static boolean isSymbolChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '_' || c == '$' || c == '.' || c == 0;
  }
}
