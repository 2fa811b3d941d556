package dev.mycrash.errorlog.read;

import dev.mycrash.errorlog.parse.Marker;
import dev.mycrash.errorlog.parse.Marker.Kind;
import dev.mycrash.errorlog.parse.Markers;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * Finds where the default scope ("the last crash and its lifetime") begins in a seekable file by
 * reading it backwards in windows: first the last crash header, then the start line of the
 * lifetime it belongs to (or an earlier crash / clean shutdown, which bounds that lifetime). With
 * no crash in the file, the last start line. Only the pre-filter's candidate lines are decoded.
 */
public final class TailLocator {
  private TailLocator() {}

  /** Byte offset of the line where the default scope starts (0 when it is the whole file). */
  public static long regionStart(FileChannel ch, long size, int maxWindow) throws IOException {
    long end = size;
    int window = Math.min(maxWindow, 64 * 1024); // the last crash is usually near the end: start small
    boolean crash = false;
    long lastStart = -1;
    Wrapper wrapper = null;
    while (end > 0) {
      long start = Math.max(0, end - window);
      byte[] bytes = readBytes(ch, start, (int) (end - start));
      String t = new String(bytes, StandardCharsets.ISO_8859_1);
      int from = 0;
      if (start > 0) {
        int nl = t.indexOf('\n');
        if (nl < 0 || nl == t.length() - 1) {
          end = start; // the window is the tail of a line longer than a window: not a marker
          continue;
        }
        from = nl + 1;
      }
      if (wrapper == null) {
        wrapper = WrapperDetector.detect(WrapperDetector.sample(t.substring(from), 64));
      }
      int[] cand = wrapper == Wrapper.FLUENT_JSON ? Needles.candidateLineStarts(t, false)
          : LineSieve.scan(new RawChunk(bytes, bytes.length, 0, false)).candidates();
      for (int i = cand.length - 1; i >= 0 && cand[i] >= from; i--) {
        Marker m = classify(t, cand[i], wrapper);
        if (!crash) {
          crash = m.kind() == Kind.CRASH_HEADER;
          if (m.kind() == Kind.START && lastStart < 0) {
            lastStart = start + cand[i];
          }
        } else if (m.kind() == Kind.START) {
          return start + earlierStart(t, cand, i, from, m, wrapper);
        } else if (m.kind() == Kind.CRASH_HEADER || m.kind() == Kind.SHUTDOWN_COMPLETE) {
          return start + cand[i];
        }
      }
      end = start + from;
      window = (int) Math.min(maxWindow, window * 2L);
    }
    return crash ? 0 : Math.max(0, lastStart);
  }

  /** A start of another kind just before (mysqld_safe before the server's own line) belongs to the same start. */
  private static int earlierStart(String t, int[] cand, int i, int from, Marker m, Wrapper w) {
    if (i > 0 && cand[i - 1] >= from) {
      Marker p = classify(t, cand[i - 1], w);
      int lines = ScannedChunk.countNewlines(t, cand[i - 1], cand[i]);
      if (p.kind() == Kind.START && !p.startKind().equals(m.startKind()) && lines <= 64) {
        return cand[i - 1];
      }
    }
    return cand[i];
  }

  private static Marker classify(String t, int start, Wrapper w) {
    int nl = t.indexOf('\n', start);
    return Markers.classify(w.strip(LineText.decode(t, start, nl < 0 ? t.length() : nl)));
  }

  static byte[] readBytes(FileChannel ch, long pos, int len) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(len);
    while (b.hasRemaining()) {
      if (ch.read(b, pos + b.position()) < 0) {
        break;
      }
    }
    return b.position() == len ? b.array() : java.util.Arrays.copyOf(b.array(), b.position());
  }

  static String read(FileChannel ch, long pos, int len) throws IOException {
    return new String(readBytes(ch, pos, len), StandardCharsets.ISO_8859_1);
  }

  /** Number of line ends in the first {@code limit} bytes of the file. */
  public static long countLines(FileChannel ch, long limit, int window) throws IOException {
    long n = 0;
    for (long pos = 0; pos < limit; pos += window) {
      String t = read(ch, pos, (int) Math.min(window, limit - pos));
      n += ScannedChunk.countNewlines(t, 0, t.length());
    }
    return n;
  }
}
