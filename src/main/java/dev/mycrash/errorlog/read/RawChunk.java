package dev.mycrash.errorlog.read;

/**
 * A piece of the input that ends at a line end (or, for a line longer than a chunk, in the middle
 * of that line), as bytes. Lines are decoded only when the model reads them.
 *
 * @param offset byte offset of the chunk in the input
 * @param startsMidLine the first line began in an earlier chunk
 */
public record RawChunk(byte[] bytes, int length, long offset, boolean startsMidLine) {
  public RawChunk {
    if (bytes == null || length < 0 || length > bytes.length) {
      throw new IllegalArgumentException("bad raw chunk");
    }
  }
}
