package dev.mycrash.elf;

import dev.mycrash.process.ProcessResult;
import dev.mycrash.process.ProcessRunner;
import dev.mycrash.process.ProcessSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The libraries {@code ldd} says a binary loads (what the support team's ldd_files.sh copies).
 * Note that ldd runs the dynamic loader and never sees dlopen'ed plugins; the core's NT_FILE note
 * is the exact list (see {@link Libraries}).
 */
public final class Ldd {
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  private static final Pattern ARROW = Pattern.compile("^\\s*(\\S+) => (.*?)(?: \\(0x[0-9a-f]+\\))?\\s*$");
  private static final Pattern PLAIN = Pattern.compile("^\\s*(\\S+) \\(0x[0-9a-f]+\\)\\s*$");

  private Ldd() {}

  /**
   * Outcome of running ldd.
   *
   * @param entries what it listed (empty on failure)
   * @param failure null on success, else e.g. "ldd: timed out after 30s (killed, partial output kept)"
   */
  public record Result(List<LddEntry> entries, String failure) {
    public Result {
      entries = List.copyOf(entries);
    }
  }

  /** Runs {@code ldd BINARY} through the runner with a timeout. Never throws for a failing ldd. */
  public static Result run(ProcessRunner runner, Path binary, Duration timeout) throws InterruptedException {
    ProcessResult r;
    try {
      r = runner.run(ProcessSpec.of(timeout, "ldd", binary.toString()));
    } catch (IOException e) {
      return new Result(List.of(), "ldd: " + e.getMessage());
    }
    if (!r.ok()) {
      String err = r.stderr().strip().lines().findFirst().orElse("");
      return new Result(parse(r.stdout()), "ldd: " + r.describe() + (err.isEmpty() ? "" : ": " + err));
    }
    return new Result(parse(r.stdout()), null);
  }

  /** Parses ldd's standard output; lines of another shape (warnings, "statically linked") are skipped. */
  public static List<LddEntry> parse(String stdout) {
    List<LddEntry> list = new ArrayList<>();
    for (String line : stdout.split("\n")) {
      Matcher a = ARROW.matcher(line);
      if (a.matches()) {
        String target = a.group(2).trim();
        boolean found = target.startsWith("/");
        list.add(new LddEntry(a.group(1), found ? target : null));
        continue;
      }
      Matcher p = PLAIN.matcher(line);
      if (p.matches()) {
        String name = p.group(1);
        list.add(new LddEntry(name, name.startsWith("/") ? name : null));
      }
    }
    return List.copyOf(list);
  }
}
