package dev.mycrash.collect.pipeline;

import java.io.PrintStream;

/** Step-by-step progress: one updating line on a terminal, nothing when output is piped. */
public interface Progress {
  void step(String what);

  void done();

  /** How far a long copy has got; the terminal draws a bar. */
  default void bytes(String what, long done, long total) {}

  static Progress silent() {
    return new Progress() {
      @Override
      public void step(String what) {}

      @Override
      public void done() {}
    };
  }

  /** Rewrites one line of {@code err} ({@code \r} and erase-line) for each step. */
  static Progress terminal(PrintStream err) {
    return new Progress() {
      private int n;

      @Override
      public void step(String what) {
        err.print("\r\033[K[" + (++n) + "] " + what);
        err.flush();
      }

      @Override
      public void done() {
        err.print("\r\033[K");
        err.flush();
      }

      @Override
      public void bytes(String what, long done, long total) {
        if (total < (64 << 20)) {
          return; // small files finish before a bar means anything
        }
        int pct = (int) (100 * done / total);
        int filled = pct / 4;
        err.print("\r\033[K[" + n + "] " + what + " [" + "#".repeat(filled) + ".".repeat(25 - filled) + "] " + pct + "% of "
            + (total >> 20) + " MiB");
        err.flush();
      }
    };
  }
}
