package dev.mycrash.cli;

import dev.mycrash.BadInputException;
import dev.mycrash.collect.locate.HostView;
import dev.mycrash.collect.locate.LocateRequest;
import dev.mycrash.collect.locate.Locations;
import dev.mycrash.collect.locate.Locator;
import dev.mycrash.errorlog.ErrorLogAnalyzer;
import dev.mycrash.errorlog.model.Analysis;
import dev.mycrash.errorlog.read.LogInput;
import dev.mycrash.knownbugs.KnownBugMatcher;
import dev.mycrash.knownbugs.KnownBugs;
import dev.mycrash.knownbugs.MatchReport;
import dev.mycrash.knownbugs.MatchResult;
import dev.mycrash.triage.CrashVerdicts;
import dev.mycrash.triage.HangVerdicts;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mycrash analyze [--all] [--json] [--raw] LOG|-}. Exit codes: 0 analysed (whether or not
 * a crash was found), 1 bad input (one line on stderr), 2 bad usage.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "analyze",
    header = "Reads an error log: lifetimes, the last crash, semaphore waits, known bugs.",
    description =
        "Reads a MySQL / Percona Server / MariaDB error log (plain, .gz, a bundle collect wrote, or - for stdin) and reports "
            + "the server lifetimes, the last crash (signal, assertion, query, backtrace) and InnoDB "
            + "long semaphore waits, with the signature and known-bug verdict of the crash (and of a hang "
            + "that no crash report follows). Exit codes: 0 analysed, 1 bad input, 2 bad usage.")
public final class AnalyzeCommand implements Callable<Integer> {
  private final Io io;

  @Parameters(index = "0", arity = "0..1", paramLabel = "LOG|-",
      description = "the error log (plain or .gz), a bundle collect wrote (its error log is read), or - for stdin; "
          + "none: the log of the server on this host, found as collect finds it (running server, option files, "
          + "<datadir>/<hostname>.err)")
  String log;

  /** Where a log is looked for when none is given (tests point it at a directory tree). */
  HostView host = HostView.system();

  @Option(names = "--all", description = "every lifetime and crash (default: the last crash and its lifetime)")
  boolean all;

  @Option(names = "--json", description = "print one JSON object (field names are a stable contract)")
  boolean json;

  @Option(names = "--raw", description = "also print the last crash report as logged, with line numbers")
  boolean raw;

  @Option(names = "--explain", description = "show how the crash signature was made (frames skipped and why)")
  boolean explain;

  public AnalyzeCommand(Io io) {
    this.io = io;
  }

  /** The error log of the server on this host; says on stderr which file and how it was found. */
  private String located() {
    Locations loc = new Locator(host).locate(LocateRequest.none());
    if (loc.errorLog() == null) {
      throw new BadInputException("no LOG given and no error log found on this host; name it: mycrash analyze /path/to/error.log");
    }
    io.err().println("mycrash: reading " + loc.errorLog() + " (" + loc.errorLogFrom() + ")");
    return loc.errorLog().toString();
  }

  @Override
  public Integer call() throws Exception {
    Analysis a;
    Supplier<KnownBugMatcher> knownBugs;
    try (LogInput in = LogInput.open(log != null ? log : located(), io.in())) {
      knownBugs = KnownBugs.loadDefaultInBackground(); // overlaps the scan
      a = ErrorLogAnalyzer.analyze(in, ErrorLogAnalyzer.Options.of(all));
    }
    KnownBugMatcher matcher = knownBugs.get();
    List<MatchResult> verdicts = CrashVerdicts.of(a, matcher);
    MatchResult hang = HangVerdicts.of(a, matcher);
    if (json) {
      AnalyzeJson.write(a, verdicts, hang, io.out());
    } else {
      new AnalyzeText(io.out(), a).render(raw);
      if (a.lastCrash() != null) {
        io.out().println();
        MatchReport.lines(verdicts.get(a.lastCrash()), explain).forEach(io.out()::println);
      }
      if (hang != null) {
        io.out().println();
        io.out().println(HangVerdicts.HEADING);
        MatchReport.lines(hang, explain).forEach(io.out()::println);
      }
    }
    return ExitCodes.OK;
  }
}
