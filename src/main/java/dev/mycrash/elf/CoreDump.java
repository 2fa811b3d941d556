package dev.mycrash.elf;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a core file says about the crashed process. Made by {@link CoreReader#read(Path)}.
 *
 * @param path the core file
 * @param fileSize its apparent size
 * @param threads one per NT_PRSTATUS, in file order: the first is the thread that took the fatal
 *     signal
 * @param process NT_PRPSINFO, or null when absent
 * @param signal NT_SIGINFO, or null when absent (older kernels)
 * @param files NT_FILE, or {@link MappedFiles#NONE}
 * @param modules the build-id of every mapped ELF module, read from the core
 * @param truncation whether segments end past the end of the file
 * @param problems anything odd met while reading (one line each), never fatal
 */
public record CoreDump(
    Path path,
    long fileSize,
    List<CoreThread> threads,
    CoreProcess process,
    CoreSignal signal,
    MappedFiles files,
    List<CoreModule> modules,
    Truncation truncation,
    List<String> problems) {
  public CoreDump {
    if (path == null || files == null || truncation == null) {
      throw new IllegalArgumentException("path, files and truncation are required");
    }
    threads = List.copyOf(threads);
    modules = List.copyOf(modules);
    problems = List.copyOf(problems);
  }

  /** The thread the kernel wrote first: the one that took the fatal signal. */
  public Optional<CoreThread> crashingThread() {
    return threads.isEmpty() ? Optional.empty() : Optional.of(threads.get(0));
  }

  /** The fatal signal: NT_SIGINFO's si_signo, else the crashing thread's cursig; 0 if unknown. */
  public int signalNumber() {
    if (signal != null) {
      return signal.signo();
    }
    return crashingThread().map(CoreThread::signal).orElse(0);
  }

  /**
   * The module mapped from {@code file}: same path, same real path, or (when exactly one module
   * has it) the same file name.
   */
  public Optional<CoreModule> module(Path file) {
    List<String> names = PathNames.candidates(file);
    for (String n : names) {
      for (CoreModule m : modules) {
        if (m.path().equals(n)) {
          return Optional.of(m);
        }
      }
    }
    String base = String.valueOf(file.getFileName());
    List<CoreModule> same = modules.stream().filter(m -> m.path().endsWith("/" + base)).toList();
    return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
  }
}
