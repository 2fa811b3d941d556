package dev.mycrash.errorlog.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Reads chunks on the calling thread, pre-filters them on a small pool (the scan is the costly
 * part), and hands the results to {@code sink} in input order. At most {@code window} chunks are
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
    return new ChunkPipeline(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), 6);
  }

  /** Runs the reader to its end; exceptions of the reader or sink propagate. */
  public void run(ChunkReader reader, Consumer<ScannedChunk> sink) throws IOException {
    Chunk first = reader.next();
    if (first == null) {
      return;
    }
    Chunk second = reader.next();
    if (second == null || threads == 1) {
      sink.accept(ScannedChunk.scan(first));
      for (Chunk c = second; c != null; c = reader.next()) {
        sink.accept(ScannedChunk.scan(c));
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
      inFlight.add(pool.submit(() -> ScannedChunk.scan(first)));
      inFlight.add(pool.submit(() -> ScannedChunk.scan(second)));
      for (Chunk c = reader.next(); c != null; c = reader.next()) {
        final Chunk chunk = c;
        inFlight.add(pool.submit(() -> ScannedChunk.scan(chunk)));
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
