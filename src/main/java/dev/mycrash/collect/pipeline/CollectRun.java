package dev.mycrash.collect.pipeline;

import dev.mycrash.BadInputException;
import dev.mycrash.bundle.BundleName;
import dev.mycrash.bundle.BundleWriter;
import dev.mycrash.bundle.Redactor;
import dev.mycrash.collect.locate.HostView;
import dev.mycrash.collect.locate.LocateRequest;
import dev.mycrash.collect.locate.Locations;
import dev.mycrash.collect.locate.Locator;
import dev.mycrash.collect.locate.LogFacts;
import dev.mycrash.collect.steps.BinaryCollector;
import dev.mycrash.collect.steps.ConfigCollector;
import dev.mycrash.collect.steps.CoreCollector;
import dev.mycrash.collect.steps.ErrorLogCollector;
import dev.mycrash.collect.steps.GdbCollector;
import dev.mycrash.collect.steps.HostCollector;
import dev.mycrash.collect.sql.ServerAddress;
import dev.mycrash.collect.sql.SqlCollector;
import dev.mycrash.collect.sql.SqlFlags;
import dev.mycrash.collect.summary.SummaryText;
import dev.mycrash.errorlog.ErrorLogAnalyzer;
import dev.mycrash.errorlog.read.LogInput;
import dev.mycrash.process.ProcessRunner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** One {@code mycrash collect}: locate, read the log, find the core, declare, prepare, write. */
public final class CollectRun {
  private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
  private final HostView host;
  private final ProcessRunner runner;
  private final Integrations integrations;
  private final Progress progress;

  public CollectRun(HostView host, ProcessRunner runner, Integrations integrations, Progress progress) {
    this.host = host;
    this.runner = runner;
    this.integrations = integrations;
    this.progress = progress;
  }

  /**
   * What was written.
   *
   * @param bundle the bundle's path
   * @param warnings one line each for the inputs support needs most that could not be collected
   *     (the error log, the core): worth a line on stderr even in CI
   */
  public record Result(Path bundle, List<String> warnings) {
    public Result {
      warnings = List.copyOf(warnings);
    }
  }

  private static final java.util.Set<String> KEY_STEPS = java.util.Set.of("error-log", "core:locate", "core:bundle");

  /** Writes the bundle. */
  public Result run(LocateRequest req, CollectOptions opts, String version) throws IOException {
    if (!Files.isDirectory(opts.outputDir())) {
      throw BadInputException.of(opts.outputDir(), "output directory does not exist");
    }
    if (req.errorLog() != null && !Files.isReadable(req.errorLog())) {
      throw BadInputException.of(req.errorLog(), Files.exists(req.errorLog()) ? "not readable" : "no such file");
    }
    if (req.core() != null && !Files.isReadable(req.core())) {
      throw BadInputException.of(req.core(), Files.exists(req.core()) ? "not readable" : "no such file");
    }
    StepLog log = new StepLog();
    progress.step("locating");
    Located located = locateAndScan(req, log);
    Locations loc = located.loc();
    LogFacts facts = located.facts();
    Path work = Files.createTempDirectory("mycrash-");
    Thread cleanup = new Thread(() -> deleteTree(work), "mycrash-workdir-cleanup"); // a decompressed core must not outlive Ctrl-C
    Runtime.getRuntime().addShutdownHook(cleanup);
    try {
      progress.step("core");
      CollectContext.Resolved core = CoreStep.resolve(host, loc, facts, opts, work, log);
      CollectContext.Resolved mysqld = MysqldStep.resolve(req, core, facts, loc, integrations, log);
      CollectContext ctx = new CollectContext(host, loc, facts, opts, work, runner, Redactor.standard(), integrations, core, mysqld);
      Pipeline p = new Pipeline(log, progress);
      List<Item> items = p.declare(List.of(new ErrorLogCollector(), new ConfigCollector(), new HostCollector(), new CoreCollector(),
          new BinaryCollector(), new GdbCollector(), sql(opts.sql(), loc)), ctx);
      List<Pipeline.Ready> ready = p.prepare(items, ctx);
      Integrations.Analysis views = facts.analysis() == null ? null : integrations.analysis();
      String fromLog = views == null ? null : log.timed("semaphore", () -> views.semaphoreBlocker(facts.analysis()));
      String blocker = fromLog != null || views == null ? fromLog : log.timed("semaphore:innodb-status", () -> StatusSemaphores.blocker(ready, views));
      String buildId = buildId(ctx, log);
      List<String> frames = views == null || !facts.hasCrash() ? null : log.timed("top-frames", () -> views.topFrames(facts.analysis(), 5));
      List<String> known = views == null ? List.of() : log.timed("known-bugs", () -> views.knownBugs(facts.analysis()));
      String name = BundleName.free(opts.outputDir(),
          "mycrash-" + loc.hostname() + "-" + NAME_TIME.format(facts.crashTime() != null ? facts.crashTime() : Instant.now()));
      Path out = opts.outputDir().resolve(name + ".tar.gz");
      write(out, name, p, ready, outcomes -> SummaryText.render(ctx, outcomes, blocker, buildId, frames, known), opts, version);
      List<String> warnings = log.all().stream().filter(o -> o.status().equals("failed") && KEY_STEPS.contains(o.step()))
          .map(o -> o.step() + ": " + o.reason()).toList();
      return new Result(out, warnings);
    } finally {
      deleteTree(work);
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException shuttingDown) {
        // the hook runs anyway
      }
    }
  }

  private record Located(Locations loc, LogFacts facts) {}

  /** Locates, reads the log, and once the version is known locates again with the version groups. */
  private Located locateAndScan(LocateRequest req, StepLog log) {
    Locations loc = log.timed("locate", () -> new Locator(host).locate(req));
    if (loc == null) {
      throw new IllegalStateException("locating failed: " + log.all().get(log.all().size() - 1).reason());
    }
    LogFacts facts = read(loc.errorLog(), log);
    if (facts.version() == null) {
      return new Located(loc, facts);
    }
    Locations again = new Locator(host).locate(req, facts.version()); // [mysqld-X.Y] / [mariadb-X.Y] count now
    LogFacts f2 = java.util.Objects.equals(again.errorLog(), loc.errorLog()) ? facts : read(again.errorLog(), log);
    return new Located(again, f2);
  }

  private static void write(Path out, String top, Pipeline p, List<Pipeline.Ready> ready,
      java.util.function.Function<List<dev.mycrash.bundle.StepOutcome>, byte[]> summary, CollectOptions opts, String version) {
    try (BundleWriter w = BundleWriter.create(out, top)) {
      p.write(w, ready, summary, opts, version);
      w.commit();
    } catch (FileAlreadyExistsException e) {
      throw BadInputException.of(out, "already exists; not overwritten");
    } catch (IOException e) {
      throw BadInputException.of(out, "cannot write the bundle (" + StepLog.describe(e) + "); nothing left at this name");
    }
  }

  private static Collector sql(SqlFlags f, Locations loc) {
    if (!f.enabled()) {
      return new Collector() {
        @Override
        public String name() {
          return "sql";
        }

        @Override
        public List<Item> declare(CollectContext ctx) {
          return List.of(Item.skipped("sql", "--no-sql"));
        }
      };
    }
    String serverSocket = loc.server() != null ? loc.server().option("socket").orElse(null) : null;
    return new SqlCollector(ServerAddress.of(f.host(), f.port(), f.socket(), f.user(), loc.optionFiles(), serverSocket));
  }

  private String buildId(CollectContext ctx, StepLog log) {
    if (!ctx.core().found() || !ctx.mysqld().found()) {
      return "not checked (no core or no binary)";
    }
    if (integrations.coreReader() == null) {
      return "not checked (core reader not available in this build)";
    }
    String v = log.timed("build-id", () -> integrations.coreReader().buildIdVerdict(ctx.core().path(), ctx.mysqld().path(), ctx.facts().section()));
    return v == null ? "not checked (the check failed, see manifest.json)" : v;
  }

  /**
   * The one reading of the error log: the engine's default scope (the last crash, its lifetime and
   * what followed; a file is read from its end), which also makes analysis.json and the summary's
   * analysis lines. Plain or gzip (by its magic bytes).
   */
  private static LogFacts read(Path errorLog, StepLog log) {
    if (errorLog == null) {
      return LogFacts.empty();
    }
    String name = errorLog.toString().equals("-") ? "./-" : errorLog.toString(); // "-" would be stdin
    LogFacts f = log.timed("error-log:read", () -> {
      try (LogInput in = LogInput.open(name, InputStream.nullInputStream())) {
        return LogFacts.of(ErrorLogAnalyzer.analyze(in, ErrorLogAnalyzer.Options.of(false)), ZoneId.systemDefault());
      }
    });
    return f == null ? LogFacts.empty() : f;
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temp dir left behind is not worth failing the run
    }
  }
}
