package dev.mycrash.collect.steps;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The bytes of lines the engine read: it decodes a line as UTF-8 when it is valid UTF-8 and keeps
 * the bytes one char each otherwise (errorlog.read.LineText), so a line is written back as UTF-8
 * unless its one-char-per-byte form is not valid UTF-8 (then those bytes are the line as it was).
 * Each line ends with {@code \n}.
 */
final class LineBytes {
  private LineBytes() {}

  static byte[] of(List<String> lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String l : lines) {
      out.writeBytes(original(l));
      out.write('\n');
    }
    return out.toByteArray();
  }

  static byte[] original(String line) {
    if (!StandardCharsets.ISO_8859_1.newEncoder().canEncode(line)) {
      return line.getBytes(StandardCharsets.UTF_8);
    }
    byte[] latin = line.getBytes(StandardCharsets.ISO_8859_1);
    return validUtf8(latin) ? line.getBytes(StandardCharsets.UTF_8) : latin;
  }

  private static boolean validUtf8(byte[] b) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
