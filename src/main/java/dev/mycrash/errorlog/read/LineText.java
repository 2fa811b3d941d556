package dev.mycrash.errorlog.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of one line into text: line end and a CR removed, UTF-8 decoded when valid,
 * otherwise the bytes kept as they are (one char each), and cut at {@link #CAP} chars so that a
 * 1 GB line costs bounded memory.
 */
public final class LineText {
  /** Longest line text kept for parsing. */
  public static final int CAP = 64 * 1024;

  private LineText() {}

  /** The line in {@code b[start, end)}. */
  public static String decode(byte[] b, int start, int end) {
    if (end > start && b[end - 1] == '\r') {
      end--;
    }
    if (end - start > CAP) {
      end = start + CAP;
    }
    // The UTF-8 constructor copies ASCII at once (one vectorised check for bytes >= 0x80); its
    // result is ASCII exactly when no char was lost to a multi-byte sequence or replaced (U+FFFD).
    String ascii = new String(b, start, end - start, StandardCharsets.UTF_8);
    if (ascii.length() == end - start && ascii.indexOf('\uFFFD') < 0) {
      return ascii;
    }
    return utf8OrRaw(b, start, end);
  }

  /** The line in {@code bytes[start, end)}, where the string holds the bytes one char each. */
  public static String decode(String bytes, int start, int end) {
    byte[] b = bytes.substring(start, Math.min(end, start + CAP + 1)).getBytes(StandardCharsets.ISO_8859_1);
    return decode(b, 0, b.length);
  }

  private static String utf8OrRaw(byte[] b, int start, int end) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, start, end - start))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(b, start, end - start, StandardCharsets.ISO_8859_1);
    }
  }
}
