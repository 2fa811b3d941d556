package dev.mycrash.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands; see the issue tracker. */
@Command(name = "known-bugs", description = "Not built yet.")
public final class KnownBugsCommand implements Callable<Integer> {
  private final Io io;

  public KnownBugsCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    io.err().println("mycrash: known-bugs is not built yet");
    return ExitCodes.USAGE;
  }
}
