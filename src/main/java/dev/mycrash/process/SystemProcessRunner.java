package dev.mycrash.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a process with {@link ProcessBuilder}. Output goes to files (temporary ones when the
 * caller wants it in memory) so a chatty child can never block on a full pipe, and so a killed
 * child's partial output survives. On timeout the whole process tree is destroyed.
 */
final class SystemProcessRunner implements ProcessRunner {

  @Override
  public ProcessResult run(ProcessSpec spec) throws IOException, InterruptedException {
    Path outTmp = spec.stdout() == null ? Files.createTempFile("mycrash-out", ".txt") : null;
    Path errTmp = spec.stderr() == null ? Files.createTempFile("mycrash-err", ".txt") : null;
    Path out = spec.stdout() != null ? spec.stdout() : outTmp;
    Path err = spec.stderr() != null ? spec.stderr() : errTmp;
    long start = System.nanoTime();
    try {
      ProcessBuilder pb = new ProcessBuilder(spec.argv());
      if (spec.workDir() != null) {
        pb.directory(spec.workDir().toFile());
      }
      Map<String, String> env = pb.environment();
      spec.env().forEach((k, v) -> {
        if (v == null) {
          env.remove(k);
        } else {
          env.put(k, v);
        }
      });
      pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      pb.redirectOutput(out.toFile());
      pb.redirectError(err.toFile());
      Process p;
      try {
        p = pb.start();
      } catch (IOException e) {
        return new ProcessResult(-1, true, false, "", String.valueOf(e.getMessage()), elapsed(start));
      }
      boolean done;
      try {
        done = p.waitFor(spec.timeout().toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        kill(p);
        throw e;
      }
      if (!done) {
        kill(p);
        return new ProcessResult(-1, false, true, read(outTmp), read(errTmp), elapsed(start));
      }
      return new ProcessResult(p.exitValue(), false, false, read(outTmp), read(errTmp), elapsed(start));
    } finally {
      if (outTmp != null) {
        Files.deleteIfExists(outTmp);
      }
      if (errTmp != null) {
        Files.deleteIfExists(errTmp);
      }
    }
  }

  private static void kill(Process p) throws InterruptedException {
    p.descendants().forEach(ProcessHandle::destroyForcibly);
    p.destroyForcibly();
    p.waitFor(5, TimeUnit.SECONDS);
  }

  private static String read(Path tmp) throws IOException {
    return tmp == null ? "" : new String(Files.readAllBytes(tmp), StandardCharsets.UTF_8);
  }

  private static Duration elapsed(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
