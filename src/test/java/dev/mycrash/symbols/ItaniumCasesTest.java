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

/** One case per grammar feature (demangle/cases.tsv), plus the issue's own examples. */
class ItaniumCasesTest {
  static Stream<Arguments> cases() throws IOException {
    return Stream.concat(read("/demangle/cases.tsv"), read("/demangle/hard-cases.tsv"));
  }

  private static Stream<Arguments> read(String resource) throws IOException {
    try (InputStream in = ItaniumCasesTest.class.getResourceAsStream(resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Arrays.stream(text.split("\n"))
          .filter(l -> !l.startsWith("#") && !l.isBlank())
          .map(l -> l.split("\t", 2))
          .map(p -> Arguments.of(p[0], p[1]))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void demanglesAsCxxFilt(String symbol, String expected) {
    // A case that c++filt leaves unchanged must come back unchanged, not half-demangled.
    assertThat(Demangler.demangle(symbol)).isEqualTo(expected);
  }

  @Test
  void issueExampleJoinExecInner() {
    assertThat(Demangler.demangle("_ZN4JOIN10exec_innerEv")).isEqualTo("JOIN::exec_inner()");
  }

  @Test
  void notMangledComesBackUnchanged() {
    assertThat(Demangler.demangle("handle_fatal_signal")).isEqualTo("handle_fatal_signal");
    assertThat(Demangler.demangle("_Z")).isEqualTo("_Z");
    assertThat(Demangler.demangle("_ZN4JOIN10exec_innerE")).isEqualTo("JOIN::exec_inner");
    assertThat(Demangler.demangle("_ZN4JOIN10exec_innerEvX")).isEqualTo("_ZN4JOIN10exec_innerEvX");
    assertThat(Demangler.demangle("")).isEmpty();
    assertThat(Demangler.demangle(null)).isNull();
  }

  @Test
  void symbolsLongerThan1024CharactersAreLeftAloneLikeLibiberty() {
    String ok = "_Z1f" + "i".repeat(1020);
    String tooLong = "_Z1f" + "i".repeat(1021);
    assertThat(Demangler.demangle(ok)).startsWith("f(int, int");
    assertThat(Demangler.demangle(tooLong)).isEqualTo(tooLong);
  }

  @Test
  void emptyPackLeavesNoCommaAndKeepsCxxFiltsSpacing() {
    // After an empty pack c++filt removes ", " but remembers ' ' as the last character,
    // so no space is put between the two closing brackets.
    assertThat(Demangler.demangle("_Z1fIJEEvDpT_")).isEqualTo("void f<>()");
    assertThat(Demangler.demangle("_ZN1AIJ1BIiEJEEE1fEv")).isEqualTo("A<B<int>>::f()");
  }
}
