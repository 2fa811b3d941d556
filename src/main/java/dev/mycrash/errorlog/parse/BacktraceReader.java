package dev.mycrash.errorlog.parse;

import dev.mycrash.errorlog.LogLine;
import dev.mycrash.symbols.Frame;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the frames of a crash block. Frames start after {@code stack_bottom = ...} (or, when a
 * build prints none, after {@code Attempting backtrace}); lines before the first frame are
 * skipped, and the first blank or non-frame line after a frame ends the list.
 *
 * <pre>
 * stack_bottom = 0x7f22a03f6000 thread_stack 0x49000
 * /usr/sbin/mariadbd(my_print_stacktrace+0x2e)[0x56433eb7787e]
 * libc_sigaction.c:0(__restore_rt)[0x7f22ac05a050]
 * </pre>
 */
final class BacktraceReader {
  static final int MAX_FRAMES = 256;

  private final List<Frame> frames = new ArrayList<>();
  private boolean open;
  private boolean done;

  /** Takes a body line that no other field reader claimed. */
  void accept(LogLine line) {
    String t = line.text();
    if (done) {
      return;
    }
    if (t.startsWith("stack_bottom") || t.startsWith("Attempting backtrace")) {
      open = true;
      return;
    }
    if (!open) {
      return;
    }
    Frame f = t.isBlank() ? null : FrameParser.parse(t);
    if (f == null) {
      done = !frames.isEmpty();
      return;
    }
    if (frames.size() < MAX_FRAMES) {
      frames.add(f);
    }
  }

  List<Frame> frames() {
    return HandlerFrames.mark(frames);
  }
}
