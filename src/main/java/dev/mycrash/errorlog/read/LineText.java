package dev.mycrash.errorlog.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of one line (held one char per byte) into text: line end and a CR removed,
 * UTF-8 decoded when valid, otherwise the bytes kept as they are (one char each), and cut at
 * {@link #CAP} chars so that a 1 GB line costs bounded memory.
 */
public final class LineText {
  /** Longest line text kept for parsing. */
  public static final int CAP = 64 * 1024;

  private LineText() {}

  public static String decode(String bytes, int start, int end) {
    if (end > start && bytes.charAt(end - 1) == '\r') {
      end--;
    }
    if (end - start > CAP) {
      end = start + CAP;
    }
    String s = bytes.substring(start, end);
    return ascii(s) ? s : utf8OrRaw(s);
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String utf8OrRaw(String s) {
    byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
    } catch (CharacterCodingException e) {
      return s;
    }
  }
}
