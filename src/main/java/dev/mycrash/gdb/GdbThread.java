package dev.mycrash.gdb;

import dev.mycrash.symbols.Frame;
import java.util.List;

/**
 * One thread of {@code thread apply all bt}:
 *
 * <pre>
 * Thread 1 (Thread 0x7f22a03f56c0 (LWP 7767)):
 * #0  __pthread_kill_implementation (threadid=&lt;optimized out&gt;, signo=11, ...) at ./nptl/pthread_kill.c:44
 * #1  0x000056433e6f20e8 in handle_fatal_signal ()
 * #2  &lt;signal handler called&gt;
 * #3  0x00007f22acd70160 in crash_segv (i=0x772264011730, ...) at /tmp/crashlab/udf/crash_udf.c:10
 * #4  0x000056433e76901a in Item_func_udf_int::val_int() ()
 * </pre>
 *
 * @param number gdb's thread number (1 is the thread gdb selected when it loaded the core)
 * @param description what gdb printed in the parentheses, e.g. {@code Thread 0x7f22a03f56c0 (LWP 7767)}
 * @param lwp the kernel thread id, or null when not printed
 * @param frames innermost first; frames up to and including {@code <signal handler called>} are
 *     marked as handler frames
 * @param notes other lines, e.g. {@code Backtrace stopped: previous frame inner to this frame (corrupt stack?)}
 */
public record GdbThread(int number, String description, Long lwp, List<Frame> frames, List<String> notes) {
  public static final String SIGNAL_HANDLER_CALLED = "<signal handler called>";

  public GdbThread {
    if (number < 1 || description == null) {
      throw new IllegalArgumentException("thread number must be >= 1 and description present");
    }
    frames = List.copyOf(frames);
    notes = List.copyOf(notes);
  }

  /** True if a signal handler frame is on this thread's stack. */
  public boolean hasSignalHandlerFrame() {
    return frames.stream().anyMatch(f -> SIGNAL_HANDLER_CALLED.equals(f.symbol()));
  }

  /** The frames after the signal handler machinery: where the crash happened and its callers. */
  public List<Frame> crashFrames() {
    return frames.stream().filter(f -> !f.handler()).toList();
  }
}
