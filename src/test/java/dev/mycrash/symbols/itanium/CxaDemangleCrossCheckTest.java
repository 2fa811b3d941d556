package dev.mycrash.symbols.itanium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Cross-check against libstdc++'s own demangler, {@code abi::__cxa_demangle}, called through JNA.
 * It is the same libiberty code as c++filt but built with different options and from an older
 * GCC (12 on Debian 12, binutils 2.40 carries GCC 13's), so the known differences are:
 * <ul>
 *   <li>no DMGL_VERBOSE: {@code Ss Si So Sd} print as {@code std::string}, {@code std::istream}...
 *       — we compare our non-verbose mode for that;
 *   <li>libstdc++ 12 predates {@code DF<N>_} ({@code _Float16}), C++20 modules ({@code W}), a
 *       lambda initializer scope {@code M} right after {@code N}, and digits in clone suffixes
 *       ({@code .isra.0} is fine, {@code .123abc} is not): symbols using those differ;
 *   <li>a call whose callee is a qualified template-id in an unresolved name
 *       ({@code clsr3stdE7declvalI...EE}): binutils 2.40 parses {@code sr} with the newer rule
 *       and prints the callee in parentheses, {@code (std::declval<T&>)()}, where libstdc++ 12
 *       prints {@code std::declval<T&>()}. Six corpus symbols ({@code llvm::make_filter_range})
 *       show it; we follow c++filt.
 * </ul>
 * Every other corpus symbol must agree exactly.
 */
class CxaDemangleCrossCheckTest {
  private static final Path LIBSTDCXX = Path.of("/usr/lib/x86_64-linux-gnu/libstdc++.so.6");
  /** c++filt 2.40's parenthesised qualified template-id callee, e.g. {@code (std::declval<T&>)()}. */
  private static final Pattern PARENTHESISED_CALLEE = Pattern.compile("\\(([\\w:]+<[^()]*>)\\)\\(");

  interface CxxAbi extends Library {
    Pointer __cxa_demangle(String mangled, Pointer buf, Pointer len, IntByReference status);
  }

  private static CxxAbi load() {
    assumeTrue(Files.exists(LIBSTDCXX), "libstdc++.so.6 not installed");
    return Native.load(LIBSTDCXX.toString(), CxxAbi.class);
  }

  private static String cxa(CxxAbi abi, String mangled) {
    IntByReference status = new IntByReference();
    Pointer p = abi.__cxa_demangle(mangled, null, null, status);
    if (p == null || status.getValue() != 0) {
      return null;
    }
    try {
      return p.getString(0, "ISO-8859-1");
    } finally {
      Native.free(Pointer.nativeValue(p));
    }
  }

  @Test
  void corpusAgreesWithCxaDemangleInNonVerboseMode() throws Exception {
    CxxAbi abi = load();
    List<String> mismatches = new ArrayList<>();
    int count = 0;
    int knownCalleeDifference = 0;
    try (InputStream raw = getClass().getResourceAsStream("/demangle/corpus.tsv.gz");
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.ISO_8859_1))) {
      String line;
      while ((line = r.readLine()) != null) {
        String symbol = line.substring(0, line.indexOf('\t'));
        String theirs = cxa(abi, symbol);
        String ours = Itanium.demangle(symbol, false);
        count++;
        if (theirs != null && ours != null && !theirs.equals(ours)
            && theirs.equals(PARENTHESISED_CALLEE.matcher(ours).replaceAll("$1("))) {
          knownCalleeDifference++;
          continue;
        }
        if (theirs == null ? ours != null : !theirs.equals(ours)) {
          mismatches.add(symbol + "\n  __cxa_demangle: " + theirs + "\n  ours:           " + ours);
        }
      }
    }
    assertThat(count).isGreaterThan(76_000);
    assertThat(mismatches).isEmpty();
    assertThat(knownCalleeDifference).isEqualTo(6);
  }

  @Test
  void theKnownDifferencesAreWhereWeSayTheyAre() {
    CxxAbi abi = load();
    // Verbose (c++filt) and non-verbose (__cxa_demangle) differ only in the std abbreviations.
    assertThat(cxa(abi, "_Z1fSs")).isEqualTo("f(std::string)");
    assertThat(Itanium.demangle("_Z1fSs", false)).isEqualTo("f(std::string)");
    assertThat(Itanium.demangle("_Z1fSs")).isEqualTo("f(std::basic_string<char, std::char_traits<char>, std::allocator<char> >)");
    // As a ctor prefix both spell the template out.
    assertThat(cxa(abi, "_ZNSsC1Ev")).isEqualTo(Itanium.demangle("_ZNSsC1Ev", false));
    // Newer grammar that libstdc++ 12 does not know but binutils 2.40 does.
    assertThat(cxa(abi, "_Z1fDF16_")).isNull();
    assertThat(Itanium.demangle("_Z1fDF16_")).isEqualTo("f(_Float16)");
  }
}
