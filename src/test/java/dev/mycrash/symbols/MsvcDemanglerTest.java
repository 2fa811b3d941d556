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

/** MSVC names against undname's output (demangle/msvc-cases.tsv, with its provenance). */
class MsvcDemanglerTest {
  static Stream<Arguments> cases() throws IOException {
    try (InputStream in = MsvcDemanglerTest.class.getResourceAsStream("/demangle/msvc-cases.tsv")) {
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
  void printsWhatUndnamePrints(String mangled, String expected) {
    assertThat(MsvcDemangler.demangle(mangled)).isEqualTo(expected);
    assertThat(Demangler.demangle(mangled)).isEqualTo(expected);
  }

  @Test
  void mysqldFrameShapes() {
    assertThat(Demangler.demangle("?mysql_execute_command@@YAHPEAVTHD@@_N@Z"))
        .isEqualTo("int __cdecl mysql_execute_command(class THD * __ptr64,bool)");
    assertThat(Demangler.demangle("??1THD@@UEAA@XZ"))
        .isEqualTo("public: virtual __cdecl THD::~THD(void) __ptr64");
    assertThat(Demangler.demangle("??_GTHD@@UEAAPEAXI@Z"))
        .isEqualTo("public: virtual void * __ptr64 __cdecl THD::`scalar deleting destructor'(unsigned int) __ptr64");
    assertThat(Demangler.demangle("??_7Item_field@@6B@")).isEqualTo("const Item_field::`vftable'");
    assertThat(Demangler.demangle("?handle_fatal_signal@@YAXH@Z"))
        .isEqualTo("void __cdecl handle_fatal_signal(int)");
  }

  @Test
  void unreadableNamesComeBackUnchanged() {
    for (String s : new String[] {"?", "?bad", "?x@@", "?f@@YAXH", "??$?DM@std@@YA?AV?$complex@M@0@ABMABV10@@Z",
        "?f@@YAX" + "PEA".repeat(5000) + "H@Z", "?f@@YAXH@Zjunk"}) {
      assertThat(MsvcDemangler.demangle(s)).as(s).isNull();
      assertThat(Demangler.demangle(s)).isEqualTo(s);
    }
  }
}
