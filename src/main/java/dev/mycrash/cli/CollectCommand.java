package dev.mycrash.cli;

import dev.mycrash.collect.locate.HostView;
import dev.mycrash.collect.locate.LocateRequest;
import dev.mycrash.collect.pipeline.CollectOptions;
import dev.mycrash.collect.pipeline.CollectRun;
import dev.mycrash.collect.pipeline.Integrations;
import dev.mycrash.collect.pipeline.Progress;
import dev.mycrash.collect.sql.SqlFlags;
import dev.mycrash.collect.wiring.ElfCoreReader;
import dev.mycrash.collect.wiring.ScriptedGdb;
import dev.mycrash.errorlog.model.Analysis;
import dev.mycrash.semaphore.Blocker;
import dev.mycrash.semaphore.SemaphoreSummary;
import dev.mycrash.symbols.Frame;
import dev.mycrash.process.ProcessRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mycrash collect}: writes the support bundle. Wiring only; the work is in {@code collect/}. */
@Command(
    name = "collect",
    header = "Writes the support bundle of a crash: log, core, mysqld, libraries, gdb output.",
    description = "Writes a support bundle, mycrash-<host>-<crash time>.tar.gz: SUMMARY.txt, the error log, the crash section,"
        + " analysis.json, option files (secrets masked), host facts, the server's answers when it is up, and - unless --no-core"
        + " - the core, mysqld, its libraries and gdb's output. Prints the bundle's path. Layout: docs/bundle.md.",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false)
public final class CollectCommand implements Callable<Integer> {
  private final Io io;

  @Spec CommandSpec spec;

  @Option(names = "--error-log", paramLabel = "FILE", description = "The error log (default: from the running server, option files, <datadir>/<hostname>.err).")
  Path errorLog;

  @Option(names = "--datadir", paramLabel = "DIR", description = "The datadir (default: from the running server or option files, else /var/lib/mysql).")
  Path datadir;

  @Option(names = "--core", paramLabel = "FILE", description = "The core (plain, systemd-coredump .zst or apport .crash); default: searched for.")
  Path core;

  @Option(names = "--mysqld", paramLabel = "FILE", description = "The mysqld binary (default: named by the core, else by the error log).")
  Path mysqld;

  @Option(names = "--defaults-file", paramLabel = "FILE", description = "Read only this option file, as mysqld --defaults-file does.")
  Path defaultsFile;

  @Option(names = "--no-defaults", description = "Read no option file.")
  boolean noDefaults;

  @Option(names = "--pid", paramLabel = "PID", description = "The running server to look at when several run.")
  Long pid;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = ".", description = "Directory to write the bundle into (default: .).")
  Path output;

  @Option(names = "--no-core", description = "Text-only bundle to share: no core, binary or libraries (no memory contents).")
  boolean noCore;

  @Option(names = "--attach", description = "Also attach gdb to the running server and write the stacks of all its threads "
      + "to gdb-live/ (a hung server: which thread holds what). The server is stopped while gdb reads it, a few seconds.")
  boolean attach;

  @Option(names = "--host", paramLabel = "HOST", description = "Ask the server at this host (default: its unix socket) for VERSION(), global variables and SHOW CREATE TABLE of the query's tables.")
  String host;

  @Option(names = "--port", paramLabel = "PORT", description = "TCP port with --host (default: option files, else 3306).")
  Integer port;

  @Option(names = "--socket", paramLabel = "FILE", description = "Unix socket (default: option files, the running server's --socket, /run/mysqld/mysqld.sock).")
  String socket;

  @Option(names = "--user", paramLabel = "NAME", description = "SQL user (default: [client] in the option files, else the current user). Passwords come only from option files.")
  String user;

  @Option(names = "--no-sql", description = "Do not connect to the server.")
  boolean noSql;

  @Option(names = "--core-wait", paramLabel = "SECONDS", defaultValue = "30", description = "Wait at most this long for the core's size to settle (default: 30).")
  long coreWait;

  public CollectCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws Exception {
    LocateRequest req = new LocateRequest(errorLog, datadir, core, mysqld, defaultsFile, noDefaults, pid);
    List<String> argv = spec.commandLine().getParseResult().originalArgs();
    CollectOptions opts = new CollectOptions(output, noCore, Duration.ofSeconds(Math.max(0, coreWait)), argv,
        new SqlFlags(!noSql, host, port, socket, user), attach);
    Progress progress = System.console() != null && io.err() == System.err ? Progress.terminal(io.err()) : Progress.silent();
    ProcessRunner runner = ProcessRunner.system();
    Integrations wired = new Integrations(new ElfCoreReader(), new ScriptedGdb(runner), new AnalyzeAnalysis());
    CollectRun.Result r = new CollectRun(HostView.system(), runner, wired, progress).run(req, opts, VersionProvider.version());
    r.warnings().forEach(w -> io.err().println("mycrash: not in the bundle: " + w));
    io.out().println(r.bundle());
    return ExitCodes.OK;
  }

  /**
   * analysis.json is exactly {@code mycrash analyze --json LOG} (collect's one reading of the log is
   * the engine's default scope), known-bug verdicts included; the summary's semaphore line is its
   * first blocker, its known-bug lines those of the last crash, or of a hang no crash report follows.
   */
  static final class AnalyzeAnalysis implements Integrations.Analysis {
    private Analysis matched;
    private List<dev.mycrash.knownbugs.MatchResult> verdicts;
    private dev.mycrash.knownbugs.MatchResult hang;

    private synchronized void match(Analysis a) {
      if (matched != a) {
        var m = dev.mycrash.knownbugs.KnownBugs.loadDefault();
        verdicts = dev.mycrash.triage.CrashVerdicts.of(a, m);
        hang = dev.mycrash.triage.HangVerdicts.of(a, m);
        matched = a;
      }
    }

    @Override
    public byte[] json(Analysis a) {
      match(a);
      return (AnalyzeJson.render(a, verdicts, hang) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public List<String> knownBugs(Analysis a) {
      match(a);
      if (a.lastCrash() != null) {
        return dev.mycrash.knownbugs.MatchReport.lines(verdicts.get(a.lastCrash()), false);
      }
      if (hang == null) {
        return List.of();
      }
      List<String> out = new java.util.ArrayList<>();
      out.add(dev.mycrash.triage.HangVerdicts.HEADING);
      out.addAll(dev.mycrash.knownbugs.MatchReport.lines(hang, false));
      return out;
    }

    @Override
    public List<String> topFrames(Analysis a, int max) {
      if (a.lastCrash() == null) {
        return List.of();
      }
      return a.crashes().get(a.lastCrash()).frames().stream().filter(f -> !f.handler()).limit(max).map(AnalyzeAnalysis::describe).toList();
    }

    /** "JOIN::exec_inner() in /usr/sbin/mariadbd", "crash_segv at udf/crash_udf.c:10", "?? +0x899062 in /usr/sbin/mariadbd". */
    static String describe(Frame f) {
      String fn = f.function() != null ? f.function() : f.symbol() != null ? f.symbol() : "?? " + (f.offset() == null ? "" : "+" + f.offset());
      if (f.file() != null) {
        return fn + " at " + f.file() + (f.line() == null ? "" : ":" + f.line());
      }
      return f.module() == null ? fn : fn + " in " + f.module();
    }

    @Override
    public String semaphoreBlocker(Analysis a) {
      SemaphoreSummary s = a.semaphoreWaits();
      String hang = hangAbort(a);
      String blocker;
      if (s == null || s.blockers().isEmpty()) {
        blocker = s == null || s.reports() == 0 ? null : s.reports() + " long semaphore wait report(s), no blocking thread identified";
      } else {
        Blocker b = s.blockers().get(0);
        blocker = "thread " + b.thread() + " holds " + String.join(", ", b.latches()) + (b.mode() == null ? "" : " (" + b.mode() + ")")
            + (b.lockedAt() == null ? "" : " locked at " + b.lockedAt()) + ", blocking " + b.waiters() + " thread(s)";
      }
      if (hang == null) {
        return blocker;
      }
      return blocker == null ? hang : hang + "; " + blocker;
    }

    /** "hang abort: the InnoDB watchdog killed the server waiting for dict_sys.latch", or null. */
    private static String hangAbort(Analysis a) {
      if (a.lastCrash() == null || !a.crashes().get(a.lastCrash()).hangAbort()) {
        return null;
      }
      String latch = a.crashes().get(a.lastCrash()).hangLatch();
      return "hang abort: the InnoDB watchdog killed the server" + (latch == null ? "" : " waiting for " + latch);
    }
  }
}
