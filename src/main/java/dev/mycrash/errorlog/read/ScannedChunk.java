package dev.mycrash.errorlog.read;

/**
 * A chunk with its pre-filter result: where the candidate lines start, their index among the
 * chunk's lines, and how many line ends the chunk holds.
 */
public record ScannedChunk(Chunk chunk, int[] candidates, int[] candidateLineIndex, int newlines) {

  /** Scans one chunk; runs on a worker thread. */
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
