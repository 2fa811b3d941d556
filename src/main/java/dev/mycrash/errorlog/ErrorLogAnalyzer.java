package dev.mycrash.errorlog;

import dev.mycrash.BadInputException;
import dev.mycrash.errorlog.model.Analysis;
import dev.mycrash.errorlog.model.CrashReport;
import dev.mycrash.errorlog.model.Lifetime;
import dev.mycrash.errorlog.parse.LogModelBuilder;
import dev.mycrash.errorlog.parse.ModelStore;
import dev.mycrash.errorlog.parse.ProductDetector;
import dev.mycrash.errorlog.read.ChunkPipeline;
import dev.mycrash.errorlog.read.ChunkReader;
import dev.mycrash.errorlog.read.LineFeeder;
import dev.mycrash.errorlog.read.LogInput;
import dev.mycrash.errorlog.read.TailLocator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * The error-log stage's entry point: reads a log (plain, gzip, stdin) and returns its
 * {@link Analysis}. Scope "all" reads everything once; the default scope reads a file from the
 * end to find the last crash's lifetime and parses only that tail (streams are read through,
 * keeping only what the scope needs).
 */
public final class ErrorLogAnalyzer {
  /**
   * @param all scope "all" instead of the last crash
   * @param max most lifetimes / crashes kept (older ones are counted, not kept)
   * @param countLimit the default scope counts the lines before its tail when the tail starts
   *     within this many bytes; beyond, line numbers are counted from the end
   * @param chunkSize bytes per read chunk / backward window
   */
  public record Options(boolean all, int max, long countLimit, int chunkSize) {
    public Options {
      if (max < 1 || chunkSize < 1024 || countLimit < 0) {
        throw new IllegalArgumentException("bad analyzer options");
      }
    }

    public static Options of(boolean all) {
      return new Options(all, 1000, 64L << 20, ChunkReader.DEFAULT_SIZE);
    }

    /** The defaults for an input known to hold {@code bytes} bytes: chunks no bigger than it (one chunk, one small buffer). */
    public static Options sized(boolean all, long bytes) {
      return new Options(all, 1000, 64L << 20, (int) Math.max(1024, Math.min(ChunkReader.DEFAULT_SIZE, bytes + 1)));
    }
  }

  private ErrorLogAnalyzer() {}

  public static Analysis analyze(LogInput in, Options o) {
    try {
      return run(in, o);
    } catch (IOException | UncheckedIOException e) {
      throw BadInputException.of(in.name(), "read failed: " + message(e));
    } catch (InternalError e) {
      // SIGBUS on a mapped window reaches the thread later, as this error: the file was cut short
      if (e.getMessage() == null || !e.getMessage().contains("unsafe memory access")) {
        throw e;
      }
      throw BadInputException.of(in.name(), "read failed: " + LogInput.TRUNCATED);
    }
  }

  private static Analysis run(LogInput in, Options o) throws IOException {
    long start = 0;
    long firstLine = 1;
    boolean fromEnd = false;
    if (!o.all() && in.seekable()) {
      start = TailLocator.regionStart(in.channel(), in.size(), o.chunkSize());
      if (start > 0 && start <= o.countLimit()) {
        firstLine = 1 + TailLocator.countLines(in.channel(), start, o.chunkSize());
      } else {
        fromEnd = start > 0;
      }
    }
    LogModelBuilder builder = new LogModelBuilder(o.all(), o.max());
    ChunkReader reader = new ChunkReader(in.from(start), start, o.chunkSize());
    LineFeeder feeder = new LineFeeder(builder, null, firstLine).releasingTo(reader::release);
    ChunkPipeline.standard().run(reader, feeder);
    ModelStore store = builder.finish();
    long last = feeder.lines();
    LongUnaryOperator f = fromEnd ? n -> n - last - 1 : n -> n;
    List<Lifetime> lifetimes = store.lifetimes().stream().map(l -> l.renumber(f)).toList();
    List<CrashReport> crashes = store.crashes().stream().map(c -> c.renumber(f)).toList();
    List<LogLine> raw = store.rawLines().stream().map(l -> new LogLine(Math.abs(f.applyAsLong(l.number())), l.text())).toList();
    List<LogLine> lead = store.leadLines().stream().map(l -> new LogLine(Math.abs(f.applyAsLong(l.number())), l.text())).toList();
    String[] server = server(lifetimes, crashes);
    if (server[0] == null && server[1] == null) {
      server = new String[] {store.evidenceProduct(), store.evidenceVersion()};
    }
    return new Analysis(in.name(), o.all() ? "all" : "last", server[0], server[1], lifetimes, crashes,
        store.semaphores().renumber(f), fromEnd ? "from-end" : "exact", fromEnd ? f.applyAsLong(last) : last, feeder.bytes(),
        in.size(), feeder.wrapper().name(), store.lifetimesOmitted(), store.crashesOmitted(), raw, lead);
  }

  /** Product and version of the newest lifetime that printed a version, else of the last crash. */
  private static String[] server(List<Lifetime> lifetimes, List<CrashReport> crashes) {
    for (int i = lifetimes.size() - 1; i >= 0; i--) {
      Lifetime l = lifetimes.get(i);
      if (l.version() != null) {
        String hints = crashes.isEmpty() ? null : crashes.get(crashes.size() - 1).product();
        String p = ProductDetector.detect(l.version(), l.comment(), hints);
        return new String[] {p, l.version()};
      }
    }
    for (int i = crashes.size() - 1; i >= 0; i--) {
      CrashReport c = crashes.get(i);
      if (c.product() != null || c.version() != null) {
        return new String[] {c.product(), c.version()};
      }
    }
    return new String[] {null, null};
  }

  private static String message(Exception e) {
    Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return m.replace('\n', ' ');
  }
}
