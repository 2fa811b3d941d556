package dev.mycrash.errorlog.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads chunks on the calling thread, pre-filters them on a small pool ({@link LineSieve}, or
 * {@link Needles} for JSON-wrapped logs), and hands the results to {@code sink} in input order. At most {@code window} chunks are
 * in flight, so memory stays bounded whatever the input size.
 */
public final class ChunkPipeline {
  private final int threads;
  private final int window;

  public ChunkPipeline(int threads, int window) {
    this.threads = threads;
    this.window = window;
  }

  public static ChunkPipeline standard() {
    return new ChunkPipeline(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), 8);
  }

  /** Runs the reader to its end; exceptions of the reader or sink propagate. */
  public void run(ChunkReader reader, Consumer<ScannedChunk> sink) throws IOException {
    RawChunk first = reader.nextRaw();
    if (first == null) {
      return;
    }
    Function<RawChunk, ScannedChunk> scan = scanner(first);
    RawChunk second = reader.nextRaw();
    if (second == null || threads == 1) {
      sink.accept(scan.apply(first));
      for (RawChunk c = second; c != null; c = reader.nextRaw()) {
        sink.accept(scan.apply(c));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "mycrash-scan");
      t.setDaemon(true);
      return t;
    });
    try {
      ArrayDeque<Future<ScannedChunk>> inFlight = new ArrayDeque<>();
      inFlight.add(pool.submit(() -> scan.apply(first)));
      inFlight.add(pool.submit(() -> scan.apply(second)));
      for (RawChunk c = reader.nextRaw(); c != null; c = reader.nextRaw()) {
        final RawChunk chunk = c;
        inFlight.add(pool.submit(() -> scan.apply(chunk)));
        while (inFlight.size() >= window) {
          sink.accept(get(inFlight.poll()));
        }
      }
      while (!inFlight.isEmpty()) {
        sink.accept(get(inFlight.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The line sieve when the server's text ends each line; the substring search for fluent-bit JSON
   * records, whose lines end with the record's other fields.
   */
  static Function<RawChunk, ScannedChunk> scanner(RawChunk first) {
    // once per input: the feeder uses it too
    Wrapper w = WrapperDetector.detect(WrapperDetector.sample(first.bytes(), Math.min(first.length(), 64 * 1024), 64));
    if (w == Wrapper.FLUENT_JSON) {
      Needles.warmUp();
      return raw -> ScannedChunk.scan(raw).withWrapper(w);
    }
    return raw -> LineSieve.scan(raw).withWrapper(w);
  }

  private static ScannedChunk get(Future<ScannedChunk> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      if (c instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw new IllegalStateException(c);
    }
  }
}
