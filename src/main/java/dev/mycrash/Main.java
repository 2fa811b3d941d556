package dev.mycrash;

import dev.mycrash.cli.MyCrash;
import java.io.InputStream;
import java.io.PrintStream;

/** Entry point. The only place that calls {@link System#exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(System.in, System.out, System.err, args));
  }

  /** Runs mycrash in-process; tests call this and inspect the returned exit code. */
  public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
    return MyCrash.execute(in, out, err, args);
  }
}
