package dev.mycrash.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands; see the issue tracker. */
@Command(name = "triage", description = "Not built yet.")
public final class TriageCommand implements Callable<Integer> {
  private final Io io;

  public TriageCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    io.err().println("mycrash: triage is not built yet");
    return ExitCodes.USAGE;
  }
}
