package dev.mycrash.errorlog.read;

/**
 * A chunk with its pre-filter result: where the candidate lines start, their index among the
 * chunk's lines, and how many line ends the chunk holds. The chunk's text is made from its bytes
 * only when a line of it is read, so chunks without candidates cost no string.
 */
public final class ScannedChunk {
  private final RawChunk raw;
  private Chunk chunk;
  private final int[] candidates;
  private final int[] candidateLineIndex;
  private final int newlines;

  public ScannedChunk(RawChunk raw, int[] candidates, int[] candidateLineIndex, int newlines) {
    this.raw = raw;
    this.candidates = candidates;
    this.candidateLineIndex = candidateLineIndex;
    this.newlines = newlines;
  }

  public ScannedChunk(Chunk chunk, int[] candidates, int[] candidateLineIndex, int newlines) {
    this((RawChunk) null, candidates, candidateLineIndex, newlines);
    this.chunk = chunk;
  }

  /** The bytes as read, or null when the chunk was decoded on the scan thread. */
  RawChunk raw() {
    return raw;
  }

  /** The text (decoded on first use, on the reading thread). */
  public Chunk chunk() {
    if (chunk == null) {
      chunk = raw.decode();
    }
    return chunk;
  }

  public int[] candidates() {
    return candidates;
  }

  public int[] candidateLineIndex() {
    return candidateLineIndex;
  }

  public int newlines() {
    return newlines;
  }

  /** Bytes in the chunk. */
  public int length() {
    return raw != null ? raw.length() : chunk.text().length();
  }

  public boolean startsMidLine() {
    return raw != null ? raw.startsMidLine() : chunk.startsMidLine();
  }

  /** True when the chunk's last byte is a line end (or the chunk is empty). */
  public boolean endsWithNewline() {
    if (raw != null) {
      return raw.length() == 0 || raw.bytes()[raw.length() - 1] == '\n';
    }
    String t = chunk.text();
    return t.isEmpty() || t.charAt(t.length() - 1) == '\n';
  }

  /** Scans one chunk with the substring pre-filter ({@link Needles}); runs on a worker thread. */
  public static ScannedChunk scan(Chunk c) {
    String t = c.text();
    int[] cand = Needles.candidateLineStarts(t, c.startsMidLine());
    int[] idx = new int[cand.length];
    int count = 0;
    int pos = 0;
    for (int i = 0; i < cand.length; i++) {
      count += countNewlines(t, pos, cand[i]);
      pos = cand[i];
      idx[i] = count;
    }
    count += countNewlines(t, pos, t.length());
    return new ScannedChunk(c, cand, idx, count);
  }

  static int countNewlines(String t, int from, int to) {
    int n = 0;
    int p = t.indexOf('\n', from);
    while (p >= 0 && p < to) {
      n++;
      p = t.indexOf('\n', p + 1);
    }
    return n;
  }
}
