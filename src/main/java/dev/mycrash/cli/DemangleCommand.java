package dev.mycrash.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands; see the issue tracker. */
@Command(name = "demangle", description = "Not built yet.")
public final class DemangleCommand implements Callable<Integer> {
  private final Io io;

  public DemangleCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    io.err().println("mycrash: demangle is not built yet");
    return ExitCodes.USAGE;
  }
}
