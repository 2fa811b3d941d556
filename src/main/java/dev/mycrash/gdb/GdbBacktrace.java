package dev.mycrash.gdb;

import java.util.List;
import java.util.Optional;

/**
 * Parsed {@code thread apply all bt} output, with what gdb said when it loaded the core.
 *
 * @param signal e.g. {@code SIGSEGV}, from {@code Program terminated with signal SIGSEGV,
 *     Segmentation fault.}, or null
 * @param signalDescription e.g. {@code Segmentation fault}, or null
 * @param currentThread from {@code [Current thread is 1 (Thread 0x7f22a03f56c0 (LWP 7767))]}, or null
 * @param threads in the order gdb printed them (highest number first)
 */
public record GdbBacktrace(String signal, String signalDescription, Integer currentThread, List<GdbThread> threads) {
  public GdbBacktrace {
    threads = List.copyOf(threads);
  }

  public Optional<GdbThread> thread(int number) {
    return threads.stream().filter(t -> t.number() == number).findFirst();
  }

  /** The thread with kernel id {@code lwp} (e.g. the core's first NT_PRSTATUS). */
  public Optional<GdbThread> threadByLwp(long lwp) {
    return threads.stream().filter(t -> t.lwp() != null && t.lwp() == lwp).findFirst();
  }

  /**
   * The thread that crashed: the one gdb made current when it loaded the core (the kernel dumps
   * the faulting thread first); failing that, the one with a signal-handler frame; then thread 1.
   */
  public Optional<GdbThread> crashingThread() {
    if (currentThread != null && thread(currentThread).isPresent()) {
      return thread(currentThread);
    }
    Optional<GdbThread> handler = threads.stream().filter(GdbThread::hasSignalHandlerFrame).findFirst();
    return handler.isPresent() ? handler : thread(1);
  }

  /** The signal number for the names gdb prints, 0 when unknown. */
  public int signalNumber() {
    if (signal == null) {
      return 0;
    }
    return switch (signal) {
      case "SIGILL" -> 4;
      case "SIGTRAP" -> 5;
      case "SIGABRT" -> 6;
      case "SIGBUS" -> 7;
      case "SIGFPE" -> 8;
      case "SIGKILL" -> 9;
      case "SIGSEGV" -> 11;
      case "SIGTERM" -> 15;
      default -> 0;
    };
  }
}
