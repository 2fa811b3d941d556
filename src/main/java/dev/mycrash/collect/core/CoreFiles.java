package dev.mycrash.collect.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Small file helpers for cores: a candidate from a path, and waiting until a core is complete. */
public final class CoreFiles {
  private CoreFiles() {}

  static Optional<CoreCandidate> candidate(Path p, String kind, Long pid, String exe) {
    try {
      return Optional.of(new CoreCandidate(p, kind, Files.size(p), Files.getLastModifiedTime(p).toInstant(), pid, exe));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Waits until the file's size and mtime stop changing (the kernel may still be writing it: a
   * thread in D state can hold the dump up). Checks every {@code interval}; gives up after
   * {@code timeout}.
   *
   * @return true when the size was stable, false on timeout
   */
  public static boolean awaitStableSize(Path p, Duration timeout, Duration interval) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    long size = Files.size(p);
    long mtime = Files.getLastModifiedTime(p).toMillis();
    while (System.nanoTime() < deadline) {
      Thread.sleep(interval.toMillis());
      long s = Files.size(p);
      long m = Files.getLastModifiedTime(p).toMillis();
      if (s == size && m == mtime) {
        return true;
      }
      size = s;
      mtime = m;
    }
    return false;
  }
}
