package dev.mycrash.errorlog.read;

import dev.mycrash.errorlog.LogLine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Walks scanned chunks in order and feeds a {@link LineVisitor}: candidate lines only, except
 * while the visitor wants every line. Keeps the line count (1-based numbers of the input as
 * read) and the previous chunk for look-back across a chunk border.
 */
public final class LineFeeder implements Consumer<ScannedChunk> {
  private final LineVisitor visitor;
  private java.util.function.Consumer<RawChunk> release = r -> { };
  private Wrapper wrapper;
  private long lineBase;
  private long lines;
  private long bytes;
  private ScannedChunk previous;
  private ScannedChunk current;
  private int currentStart;
  private long currentLine;

  /** {@code firstLine} is the number of the first line fed (1 unless reading a region). */
  public LineFeeder(LineVisitor visitor, Wrapper wrapper, long firstLine) {
    this.visitor = visitor;
    this.wrapper = wrapper;
    this.lineBase = firstLine;
  }

  /** Where the bytes of a chunk go once no line of it can be read again (buffer reuse). */
  public LineFeeder releasingTo(java.util.function.Consumer<RawChunk> r) {
    this.release = r;
    return this;
  }

  public Wrapper wrapper() {
    return wrapper == null ? Wrapper.NONE : wrapper;
  }

  /** Lines read so far (a last line without line end counts). */
  public long lines() {
    return lines;
  }

  public long bytes() {
    return bytes;
  }

  @Override
  public void accept(ScannedChunk sc) {
    if (wrapper == null && sc.wrapper() != null) {
      wrapper = sc.wrapper(); // detected by the pipeline on the first chunk
    }
    if (sc.candidates().length == 0 && !visitor.wantsEveryLine() && wrapper != null) {
      skip(sc); // nothing to read here: count it, never decode it
      return;
    }
    byte[] t = sc.raw().bytes();
    int len = sc.length();
    if (wrapper == null) {
      wrapper = WrapperDetector.detect(WrapperDetector.sample(t, len, 64));
    }
    current = sc;
    int pos = 0;
    long line = lineBase;
    if (sc.startsMidLine()) {
      int nl = ByteScan.newline(t, 0, len);
      pos = nl < 0 ? len : nl + 1;
      line = lineBase + 1;
    }
    int ci = 0;
    int[] cand = sc.candidates();
    while (pos < len) {
      if (!visitor.wantsEveryLine()) {
        while (ci < cand.length && cand[ci] < pos) {
          ci++;
        }
        if (ci == cand.length) {
          break;
        }
        pos = cand[ci];
        line = lineBase + sc.candidateLineIndex()[ci];
      }
      int nl = ByteScan.newline(t, pos, len);
      int end = nl < 0 ? len : nl;
      currentStart = pos;
      currentLine = line;
      visitor.line(new LogLine(line, canonical(t, pos, end)), this::before);
      pos = end + 1;
      line++;
    }
    skip(sc);
  }

  private void skip(ScannedChunk sc) {
    lineBase += sc.newlines();
    bytes += sc.length();
    lines = lineBase - 1 + (sc.endsWithNewline() ? 0 : 1);
    if (previous != null) {
      release.accept(previous.raw());
    }
    previous = sc;
  }

  /** Decoded, unwrapped, and a markdown backtick glued to a timestamp (issue-thread copies) removed. */
  private String canonical(byte[] t, int start, int end) {
    String s = wrapper.strip(LineText.decode(t, start, end));
    return s.length() > 1 && s.charAt(0) == '`' && Character.isDigit(s.charAt(1)) ? s.substring(1) : s;
  }

  private List<LogLine> before(int max, long floor) {
    List<LogLine> out = new ArrayList<>();
    byte[] t = current.raw().bytes();
    int start = currentStart;
    long n = currentLine;
    boolean inPrevious = false;
    while (out.size() < max && n - 1 > floor) {
      if (start == 0) {
        if (inPrevious || previous == null || previous == current || current.startsMidLine()) {
          break;
        }
        t = previous.raw().bytes();
        start = previous.length();
        inPrevious = true;
        if (start == 0) {
          break;
        }
      }
      int end = start - 1;
      int s = ByteScan.lastNewline(t, end - 1) + 1;
      n--;
      out.add(new LogLine(n, canonical(t, s, end)));
      start = s;
    }
    Collections.reverse(out);
    return out;
  }
}
