package dev.mycrash.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What to run.
 *
 * @param argv program and arguments, passed as they are (no shell)
 * @param timeout wall-clock limit; the process tree is killed when it passes
 * @param workDir working directory, or null for the current one
 * @param env variables added to (or, when the value is null, removed from) the environment
 * @param stdout file that receives standard output, or null to capture it in memory
 * @param stderr file that receives standard error, or null to capture it in memory
 */
public record ProcessSpec(
    List<String> argv, Duration timeout, Path workDir, Map<String, String> env, Path stdout, Path stderr) {
  public ProcessSpec {
    if (argv == null || argv.isEmpty()) {
      throw new IllegalArgumentException("argv is empty");
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("a positive timeout is required");
    }
    argv = List.copyOf(argv);
    env = env == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(env));
  }

  public static ProcessSpec of(Duration timeout, String... argv) {
    return new ProcessSpec(List.of(argv), timeout, null, Map.of(), null, null);
  }

  public ProcessSpec withOutput(Path out, Path err) {
    return new ProcessSpec(argv, timeout, workDir, env, out, err);
  }

  public ProcessSpec withEnv(Map<String, String> e) {
    return new ProcessSpec(argv, timeout, workDir, e, stdout, stderr);
  }

  public ProcessSpec withWorkDir(Path dir) {
    return new ProcessSpec(argv, timeout, dir, env, stdout, stderr);
  }
}
