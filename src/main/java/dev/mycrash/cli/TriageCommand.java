package dev.mycrash.cli;

import dev.mycrash.BadInputException;
import dev.mycrash.knownbugs.KnownBugDatabase;
import dev.mycrash.knownbugs.KnownBugMatcher;
import dev.mycrash.knownbugs.KnownBugs;
import dev.mycrash.knownbugs.QaKnownBugs;
import dev.mycrash.triage.CrashSource;
import dev.mycrash.triage.EngineCrashSource;
import dev.mycrash.triage.Inputs;
import dev.mycrash.triage.Registry;
import dev.mycrash.triage.Triage;
import dev.mycrash.triage.TriageOutput;
import dev.mycrash.triage.TriageReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mycrash triage PATH...}: every crash in many error logs, grouped by signature. */
@Command(
    mixinStandardHelpOptions = true,
    name = "triage",
    header = "Groups the crashes of many logs or bundles by signature, against the known bugs (CI).",
    description = {
      "Finds every crash in error logs, bundles (.tar.gz) and directories (recursively), "
          + "computes its signature and matches it against the known bugs; groups crashes by signature."
    },
    footer = {
      "",
      "A log with long semaphore waits but no crash report is a hang (signature HANG|latch...), matched like a crash.",
      "",
      "Exit codes: 0 no new crash (every crash matches a known bug); 3 at least one new crash, hang or "
          + "regression; 1 bad input (the file and the problem on one line); 2 bad usage."
    })
public final class TriageCommand implements Callable<Integer> {
  private final Io io;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Error logs, bundles or directories.")
  List<Path> paths;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(names = "--junit", paramLabel = "FILE", description = "Also write JUnit XML: one testcase per signature, failing for new ones.")
  Path junit;

  @Option(names = "--registry", paramLabel = "FILE", description = "JSON file keeping first-seen, last-seen and counts across runs.")
  Path registry;

  @Option(names = "--known-bugs", paramLabel = "DIR", description = "Known-bug directory (default: ./known-bugs, else the packaged one).")
  Path knownBugs;

  @Option(names = "--known-bugs-strings", paramLabel = "FILE", description = "Also match a mariadb-qa known_bugs.strings list.")
  Path qaList;

  public TriageCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    KnownBugDatabase db = knownBugs != null ? KnownBugDatabase.load(knownBugs) : KnownBugs.defaultDatabase();
    QaKnownBugs qa = qaList == null ? null : QaKnownBugs.read(qaList);
    List<Path> files = Inputs.expand(paths);
    CrashSource source = new EngineCrashSource();
    TriageReport report = new Triage(source, new KnownBugMatcher(db, qa)).run(files);
    Registry reg = registry == null ? null : Registry.read(registry);
    if (reg != null) {
      reg.record(report, Instant.now());
      write(() -> reg.write(registry), registry);
    }
    if (junit != null) {
      write(() -> TriageOutput.junit(report, junit), junit);
    }
    if (json) {
      TriageOutput.json(report, reg, io.out());
    } else {
      TriageOutput.text(report, reg, io.out());
    }
    return report.needsAttention() ? ExitCodes.NEW_CRASH : ExitCodes.OK;
  }

  private interface Write {
    void run() throws IOException;
  }

  private static void write(Write w, Path file) {
    try {
      w.run();
    } catch (IOException e) {
      throw BadInputException.of(file, "cannot write: " + e.getMessage());
    }
  }
}
