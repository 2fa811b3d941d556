package dev.mycrash.gdb;

import dev.mycrash.symbols.Frame;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses gdb's {@code thread apply all bt} (or {@code bt full}) output into threads and
 * {@link Frame}s; see {@link GdbThread} for a sample. Lines that are neither thread headers nor
 * frames (locals of {@code bt full}, warnings, source lines) are skipped. When the text holds
 * several backtraces of the same thread (bt then bt full), the first one is kept.
 */
public final class GdbBacktraceParser {
  private static final Pattern THREAD = Pattern.compile("^Thread (\\d+) \\((.*)\\):\\s*$");
  private static final Pattern LWP = Pattern.compile("\\((?:LWP|process) (\\d+)\\)|^(?:LWP|process) (\\d+)$");
  private static final Pattern SIGNAL = Pattern.compile("^Program terminated with signal (SIG\\w+), (.*?)\\.?\\s*$");
  private static final Pattern CURRENT = Pattern.compile("^\\[Current thread is (\\d+) ");

  private GdbBacktraceParser() {}

  /** The backtrace in a run's {@code gdb_standard.txt}, when gdb produced one. */
  public static Optional<GdbBacktrace> fromRun(GdbRun run) {
    Path p = run.files().get("gdb_standard.txt");
    if (p == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse(Files.readString(p)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static GdbBacktrace parse(String text) {
    String signal = null;
    String description = null;
    Integer current = null;
    List<GdbThread> threads = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    ThreadBuilder open = null;
    for (String line : text.split("\r?\n")) {
      Matcher m;
      if ((m = THREAD.matcher(line)).matches()) {
        open = close(open, threads, seen);
        open = new ThreadBuilder(Integer.parseInt(m.group(1)), m.group(2));
      } else if (signal == null && (m = SIGNAL.matcher(line)).matches()) {
        signal = m.group(1);
        description = m.group(2);
      } else if (current == null && (m = CURRENT.matcher(line)).find()) {
        current = Integer.valueOf(m.group(1));
      } else if (open != null) {
        open.accept(line);
      }
    }
    close(open, threads, seen);
    return new GdbBacktrace(signal, description, current, threads);
  }

  private static ThreadBuilder close(ThreadBuilder b, List<GdbThread> threads, Set<Integer> seen) {
    if (b != null && seen.add(b.number)) {
      threads.add(b.build());
    }
    return null;
  }

  /** Collects one thread's lines. */
  private static final class ThreadBuilder {
    final int number;
    final String description;
    final List<Frame> frames = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    ThreadBuilder(int number, String description) {
      this.number = number;
      this.description = description;
    }

    void accept(String line) {
      Frame f = GdbFrameParser.parse(line);
      if (f != null) {
        frames.add(f);
      } else if (line.startsWith("Backtrace stopped")) {
        notes.add(line.strip());
      }
    }

    GdbThread build() {
      int handlerEnd = -1;
      for (int i = 0; i < frames.size(); i++) {
        if (GdbThread.SIGNAL_HANDLER_CALLED.equals(frames.get(i).symbol())) {
          handlerEnd = i;
          break;
        }
      }
      List<Frame> marked = new ArrayList<>(frames.size());
      for (int i = 0; i < frames.size(); i++) {
        marked.add(i <= handlerEnd ? frames.get(i).withHandler(true) : frames.get(i));
      }
      Matcher m = LWP.matcher(description);
      Long lwp = null;
      if (m.find()) {
        lwp = Long.valueOf(m.group(1) != null ? m.group(1) : m.group(2));
      }
      return new GdbThread(number, description, lwp, marked, notes);
    }
  }
}
