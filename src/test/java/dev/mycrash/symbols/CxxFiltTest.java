package dev.mycrash.symbols;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** c++filt's token rule for text streams; expected values were checked against c++filt 2.40. */
class CxxFiltTest {
  private static String filter(String in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CxxFilt.filter(new ByteArrayInputStream(in.getBytes(StandardCharsets.ISO_8859_1)), out);
    return out.toString(StandardCharsets.ISO_8859_1);
  }

  @Test
  void glibcBacktraceFrameKeepsEverythingButTheSymbol() throws IOException {
    assertThat(filter("mysqld(_ZN4JOIN10exec_innerEv+0x2f)[0x55d0c4]\n"))
        .isEqualTo("mysqld(JOIN::exec_inner()+0x2f)[0x55d0c4]\n");
  }

  @Test
  void leadingDotOrDollarIsSkippedAndADotIsKept() throws IOException {
    assertThat(filter("._Z1fv $_Z1fv .._Z1fv $$_Z1fv ._Z1fv. x._Z1fv"))
        .isEqualTo(".f() f() .._Z1fv $$_Z1fv ._Z1fv. x._Z1fv");
  }

  @Test
  void separatorsOutsideTheTokenAlphabetSplitTokens() throws IOException {
    assertThat(filter("_Z1fv:_Z1gv,_Z1hv\t@_Z1iv")).isEqualTo("f():g(),h()\t@i()");
  }

  @Test
  void nulIsPartOfATokenAndCutsItLikeCxxFilt() throws IOException {
    assertThat(filter("ab\0cd ef _Z1fv\0xx _Z1fv\n")).isEqualTo("ab ef f() f()\n");
  }

  @Test
  void tokenLongerThanCxxFiltsBufferIsSplitAfter32766Bytes() throws IOException {
    String in = "a".repeat(32766) + "X_Z1fv rest\n";
    assertThat(filter(in)).isEqualTo("a".repeat(32766) + "Xf() rest\n");
  }

  @Test
  void bytesOutsideAsciiAndCrlfPassThroughUnchanged() throws IOException {
    String in = "caf\u00e9 \u00ff_Z1fv\r\n_Z1fv";
    assertThat(filter(in)).isEqualTo("caf\u00e9 \u00fff()\r\nf()");
  }

  @Test
  void filterLineAgreesWithTheStreamFilter() throws IOException {
    String line = "0x55d0c4 <_ZN4JOIN10exec_innerEv+47> at ._Z1fv $x";
    assertThat(CxxFilt.filterLine(line)).isEqualTo(filter(line));
  }

  @Test
  void globalConstructorsAreNamedAsCxxFiltDoes() {
    assertThat(CxxFilt.demangleToken("_GLOBAL__I_a")).isEqualTo("global constructors keyed to a");
    assertThat(CxxFilt.demangleToken("_GLOBAL__D__Z1fv")).isEqualTo("global destructors keyed to f()");
    assertThat(CxxFilt.demangleToken("_GLOBAL__sub_I_mysqld.cc")).isEqualTo("_GLOBAL__sub_I_mysqld.cc");
  }
}
