package dev.mycrash.errorlog.read;

/**
 * A piece of the input that ends at a line end (or, for a line longer than a chunk, in the
 * middle of that line). The bytes are held as an ISO-8859-1 string, one char per byte, so that
 * the JDK's string search intrinsics can scan them; lines are decoded properly only when read.
 *
 * @param text the bytes, one char each
 * @param offset byte offset of the chunk in the input
 * @param startsMidLine the first line began in an earlier chunk
 */
public record Chunk(String text, long offset, boolean startsMidLine) {
  public Chunk {
    if (text == null || offset < 0) {
      throw new IllegalArgumentException("bad chunk");
    }
  }
}
