package dev.mycrash.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mycrash known-bugs validate|import}: the known-bug database. */
@Command(
    mixinStandardHelpOptions = true,
    name = "known-bugs",
    description = "Checks the known-bug database, or imports a mariadb-qa known_bugs.strings list.",
    subcommands = {KnownBugsValidateCommand.class, KnownBugsImportCommand.class})
public final class KnownBugsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  public KnownBugsCommand(Io io) {
    // subcommands do the work
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing subcommand: validate or import");
  }
}
