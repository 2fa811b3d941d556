package dev.mycrash.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands; see the issue tracker. */
@Command(name = "collect", description = "Not built yet.")
public final class CollectCommand implements Callable<Integer> {
  private final Io io;

  public CollectCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    io.err().println("mycrash: collect is not built yet");
    return ExitCodes.USAGE;
  }
}
