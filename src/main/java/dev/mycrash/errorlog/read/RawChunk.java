package dev.mycrash.errorlog.read;

import java.nio.charset.StandardCharsets;

/**
 * Bytes of a chunk as read, before they become a {@link Chunk}; turning them into a string is left
 * to the scan threads so the reading thread only copies.
 */
public record RawChunk(byte[] bytes, int length, long offset, boolean startsMidLine) {
  public RawChunk {
    if (bytes == null || length < 0 || length > bytes.length) {
      throw new IllegalArgumentException("bad raw chunk");
    }
  }

  public Chunk decode() {
    return new Chunk(new String(bytes, 0, length, StandardCharsets.ISO_8859_1), offset, startsMidLine);
  }
}
