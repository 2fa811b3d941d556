package dev.mycrash.symbols;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** c++filt reads legacy Rust symbols before C++; so do we (demangle/rust-legacy-cases.tsv). */
class RustLegacyTest {
  static Stream<Arguments> cases() throws IOException {
    try (InputStream in = RustLegacyTest.class.getResourceAsStream("/demangle/rust-legacy-cases.tsv")) {
      return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
          .filter(l -> !l.startsWith("#") && !l.isBlank())
          .map(l -> l.split("\t", 2))
          .map(p -> Arguments.of(p[0], p[1]))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void printsWhatCxxFiltPrints(String symbol, String expected) {
    assertThat(Demangler.demangle(symbol)).isEqualTo(expected);
  }

  @Test
  void rustReadingDropsTheCloneSuffixWhereCxxWouldShowIt() {
    assertThat(Demangler.demangle("_ZN3foo3bar17h0123456789abcdefE.cold"))
        .isEqualTo("foo::bar::h0123456789abcdef");
    assertThat(Demangler.demangle("_ZN3foo3barEv.cold")).isEqualTo("foo::bar() [clone .cold]");
  }

  @Test
  void cxxSymbolsAreNotTakenForRust() {
    assertThat(RustLegacy.demangle("_ZN4JOIN10exec_innerEv")).isNull();
    assertThat(RustLegacy.demangle("_ZN3foo3bar17h0000000000000000E")).isNull();
  }
}
