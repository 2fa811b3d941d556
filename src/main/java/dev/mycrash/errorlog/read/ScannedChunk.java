package dev.mycrash.errorlog.read;

/**
 * A chunk with its pre-filter result: where the candidate lines start, their index among the
 * chunk's lines, and how many line ends the chunk holds. Lines are decoded from the bytes one at a
 * time when they are read, so a chunk costs no string beyond the lines the model looks at.
 */
public final class ScannedChunk {
  private final RawChunk raw;
  private final int[] candidates;
  private final int[] candidateLineIndex;
  private final int newlines;
  private final Wrapper wrapper;

  public ScannedChunk(RawChunk raw, int[] candidates, int[] candidateLineIndex, int newlines) {
    this(raw, candidates, candidateLineIndex, newlines, null);
  }

  private ScannedChunk(RawChunk raw, int[] candidates, int[] candidateLineIndex, int newlines, Wrapper wrapper) {
    this.raw = raw;
    this.candidates = candidates;
    this.candidateLineIndex = candidateLineIndex;
    this.newlines = newlines;
    this.wrapper = wrapper;
  }

  /** The same chunk, marked with the wrapper detected on its input's first chunk. */
  ScannedChunk withWrapper(Wrapper w) {
    return new ScannedChunk(raw, candidates, candidateLineIndex, newlines, w);
  }

  /** The wrapper of the whole input as the pipeline detected it, or null when not detected. */
  Wrapper wrapper() {
    return wrapper;
  }

  /** The bytes as read. */
  RawChunk raw() {
    return raw;
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
    return raw.length();
  }

  public boolean startsMidLine() {
    return raw.startsMidLine();
  }

  /** True when the chunk's last byte is a line end (or the chunk is empty). */
  public boolean endsWithNewline() {
    return raw.length() == 0 || raw.bytes()[raw.length() - 1] == '\n';
  }

  /** Scans one chunk with the substring pre-filter ({@link Needles}); runs on a worker thread. */
  public static ScannedChunk scan(RawChunk raw) {
    String t = new String(raw.bytes(), 0, raw.length(), java.nio.charset.StandardCharsets.ISO_8859_1); // one char per byte
    int[] cand = Needles.candidateLineStarts(t, raw.startsMidLine());
    int[] idx = new int[cand.length];
    int count = 0;
    int pos = 0;
    for (int i = 0; i < cand.length; i++) {
      count += countNewlines(t, pos, cand[i]);
      pos = cand[i];
      idx[i] = count;
    }
    count += countNewlines(t, pos, t.length());
    return new ScannedChunk(raw, cand, idx, count);
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
