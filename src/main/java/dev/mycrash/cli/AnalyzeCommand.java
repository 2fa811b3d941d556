package dev.mycrash.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands; see the issue tracker. */
@Command(name = "analyze", description = "Not built yet.")
public final class AnalyzeCommand implements Callable<Integer> {
  private final Io io;

  public AnalyzeCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    io.err().println("mycrash: analyze is not built yet");
    return ExitCodes.USAGE;
  }
}
