package dev.mycrash.errorlog.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The text of one line's bytes: ASCII as is, valid UTF-8 decoded, anything else one char a byte. */
class LineTextTest {
  private static String decode(byte[] b) {
    return LineText.decode(b, 0, b.length);
  }

  @Test
  void asciiLineWithoutItsCarriageReturn() {
    byte[] b = "261123 11:43:44 [ERROR] /usr/sbin/mariadbd got signal 11 ;\r".getBytes(StandardCharsets.US_ASCII);
    assertThat(decode(b)).isEqualTo("261123 11:43:44 [ERROR] /usr/sbin/mariadbd got signal 11 ;");
  }

  @Test
  void validUtf8IsDecoded() {
    // ReadingTest's query line; a 4-byte sequence; a real U+FFFD in the text
    assertThat(decode("Query (0x1): SELECT 'caf\u00e9'".getBytes(StandardCharsets.UTF_8))).isEqualTo("Query (0x1): SELECT 'caf\u00e9'");
    assertThat(decode("x \ud83d\ude00 y".getBytes(StandardCharsets.UTF_8))).isEqualTo("x \ud83d\ude00 y");
    assertThat(decode("a\ufffdb".getBytes(StandardCharsets.UTF_8))).isEqualTo("a\ufffdb");
  }

  @Test
  void invalidUtf8KeepsEveryByteAsOneChar() {
    assertThat(decode(new byte[] {(byte) 0xff, (byte) 0xfe, 'x'})).isEqualTo("\u00ff\u00fex");
    assertThat(decode(new byte[] {'c', 'a', 'f', (byte) 0xe9})).isEqualTo("caf\u00e9"); // Latin-1 text
  }

  @Test
  void longLinesAreCut() {
    byte[] b = new byte[LineText.CAP + 10];
    java.util.Arrays.fill(b, (byte) 'x');
    assertThat(decode(b)).hasSize(LineText.CAP);
  }

  @Test
  void sameTextAsTheByteLoopItReplacedForEveryByteValue() {
    for (int v = 0; v < 256; v++) {
      for (byte[] b : new byte[][] {{(byte) v}, {'a', (byte) v, 'b'}, {(byte) 0xc3, (byte) v}, {(byte) 0xe2, (byte) 0x80, (byte) v}}) {
        assertThat(decode(b)).as("byte %d", v).isEqualTo(byteLoop(b));
      }
    }
  }

  /** LineText.decode as it was: any byte >= 0x80 sends the line to the strict decoder. */
  private static String byteLoop(byte[] b) {
    int end = b.length > 0 && b[b.length - 1] == '\r' ? b.length - 1 : b.length;
    for (int i = 0; i < end; i++) {
      if (b[i] < 0) {
        try {
          return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, 0, end)).toString();
        } catch (CharacterCodingException e) {
          return new String(b, 0, end, StandardCharsets.ISO_8859_1);
        }
      }
    }
    return new String(b, 0, end, StandardCharsets.ISO_8859_1);
  }
}
