package dev.mycrash.collect.pipeline;

import dev.mycrash.bundle.StepOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Every step's outcome, in order. */
public final class StepLog {
  private final List<StepOutcome> outcomes = new ArrayList<>();

  public void add(StepOutcome o) {
    outcomes.add(o);
  }

  public List<StepOutcome> all() {
    return List.copyOf(outcomes);
  }

  /** Runs {@code work}, records ok or failed with its duration; returns null on failure. */
  public <T> T timed(String step, Callable<T> work) {
    long t0 = System.nanoTime();
    try {
      T v = work.call();
      add(StepOutcome.ok(step, ms(t0)));
      return v;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      add(StepOutcome.failed(step, "interrupted", ms(t0)));
      return null;
    } catch (Exception e) {
      add(StepOutcome.failed(step, describe(e), ms(t0)));
      return null;
    }
  }

  static long ms(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }

  /** A one-line reason: "NoSuchFileException: /x" reads better as "not found: /x". */
  public static String describe(Throwable e) {
    if (e instanceof java.nio.file.NoSuchFileException n) {
      return "not found: " + n.getFile();
    }
    if (e instanceof java.nio.file.AccessDeniedException a) {
      return "permission denied: " + a.getFile();
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
