package dev.mycrash.cli;

import dev.mycrash.knownbugs.KnownBugDatabase;
import dev.mycrash.knownbugs.KnownBugs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code mycrash known-bugs validate [DIR]}: every problem of every entry, or "N entries valid". */
@Command(
    mixinStandardHelpOptions = true,
    name = "validate",
    description = "Validates every entry of a known-bug directory (default ./known-bugs, else the packaged one).",
    footer = {"", "Exit codes: 0 all entries valid; 1 some entry invalid (one line per problem); 2 bad usage."})
public final class KnownBugsValidateCommand implements Callable<Integer> {
  private final Io io;

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "The directory of <ID>.yaml files.")
  Path dir;

  public KnownBugsValidateCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    if (dir == null && !Files.isDirectory(Path.of("known-bugs"))) {
      int n = KnownBugs.packaged().bugs().size();
      io.out().println("packaged known bugs: " + n + " entries valid");
      return ExitCodes.OK;
    }
    Path d = dir != null ? dir : Path.of("known-bugs");
    List<String> problems = KnownBugDatabase.check(d);
    if (!problems.isEmpty()) {
      problems.forEach(p -> io.err().println("mycrash: " + p));
      return ExitCodes.BAD_INPUT;
    }
    io.out().println(d + ": " + KnownBugDatabase.load(d).bugs().size() + " entries valid");
    return ExitCodes.OK;
  }
}
