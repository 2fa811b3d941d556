package dev.mycrash.cli;

import dev.mycrash.knownbugs.QaImport;
import dev.mycrash.knownbugs.QaKnownBugs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mycrash known-bugs import --format mariadb-qa FILE [--out DIR]}: reads a mariadb-qa
 * list with mariadb-qa's semantics and reports what it holds; with {@code --out}, writes one
 * {@code <ID>.yaml} per MDEV/MENT bug with its UniqueIDs as {@code uniqueIds} matchers.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "import",
    description = "Imports a mariadb-qa known_bugs.strings list (active lines only).",
    footer = {"", "Exit codes: 0 imported; 1 bad input (unreadable list, merge-conflict markers, existing entry); 2 bad usage."})
public final class KnownBugsImportCommand implements Callable<Integer> {
  private final Io io;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "Only mariadb-qa.")
  String format;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The known_bugs.strings file.")
  Path file;

  @Option(names = "--out", paramLabel = "DIR", description = "Write <ID>.yaml entries here (never overwrites).")
  Path out;

  public KnownBugsImportCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    if (!"mariadb-qa".equals(format)) {
      throw new ParameterException(spec.commandLine(), "unknown --format '" + format + "' (only mariadb-qa)");
    }
    QaKnownBugs list = QaKnownBugs.read(file);
    QaImport.Summary s = QaImport.summarise(list);
    io.out().println(file + ": " + list.entries().size() + " active entries (" + list.inactive()
        + " inactive lines ignored), " + s.bugs() + " bug ids, " + s.withoutId() + " entries without an MDEV/MENT id");
    if (out != null) {
      int written = QaImport.write(list, out, file.getFileName().toString());
      io.out().println(out + ": wrote " + written + " entries");
    }
    return ExitCodes.OK;
  }
}
