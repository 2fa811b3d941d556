package dev.mycrash.symbols.itanium;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Runs a computation on a fresh thread whose stack fits the deepest symbol we accept. */
final class BigStack {
  /** Enough for 1024 nesting levels of parser and printer with a wide margin. */
  static final long STACK_BYTES = 64L << 20;

  private BigStack() {}

  /** The supplier's result, or null if the thread was interrupted while waiting. */
  static String call(Supplier<String> work) {
    AtomicReference<String> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        result.set(work.get());
      } catch (RuntimeException | Error e) {
        failure.set(e);
      }
    }, "mycrash-demangle-deep", STACK_BYTES);
    t.setDaemon(true);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    Throwable f = failure.get();
    if (f instanceof RuntimeException re) {
      throw re;
    }
    if (f instanceof Error err) {
      throw err;
    }
    return result.get();
  }
}
