package dev.mycrash.elf;

import java.util.ArrayList;
import java.util.List;

/**
 * A few human lines about a core, for the bundle's summary and manifest:
 *
 * <pre>
 * core: /tmp/e2e/crashes/udf_segv/core, 371408896 bytes, complete
 * process: pid 8367 mariadbd: /usr/sbin/mariadbd --no-defaults --user=root --datadir=/tmp/e2e/datadir
 * signal: 11 (SIGSEGV) in LWP 8407; 12 threads
 * mapped: 113 mappings of 25 files; 23 ELF modules, 23 with a build-id
 * </pre>
 */
public final class CoreSummary {
  private CoreSummary() {}

  public static List<String> lines(CoreDump core) {
    List<String> l = new ArrayList<>();
    Truncation t = core.truncation();
    l.add("core: " + core.path() + ", " + core.fileSize() + " bytes, "
        + (t.truncated() ? "TRUNCATED: " + t.missingBytes() + " bytes missing at the end" : "complete"));
    if (core.process() != null) {
      l.add("process: pid " + core.process().pid() + " " + core.process().fname() + ": " + core.process().psargs());
    }
    int sig = core.signalNumber();
    String where = core.crashingThread().map(c -> " in LWP " + c.lwp()).orElse("");
    l.add("signal: " + sig + " (" + signalName(sig) + ")" + where + "; " + core.threads().size()
        + " threads");
    long withId = core.modules().stream().filter(m -> m.buildId() != null).count();
    l.add("mapped: " + core.files().mappings().size() + " mappings of " + core.files().paths().size() + " files; "
        + core.modules().size() + " ELF modules, " + withId + " with a build-id");
    core.problems().forEach(p -> l.add("problem: " + p));
    return l;
  }

  static String signalName(int sig) {
    return switch (sig) {
      case 4 -> "SIGILL";
      case 5 -> "SIGTRAP";
      case 6 -> "SIGABRT";
      case 7 -> "SIGBUS";
      case 8 -> "SIGFPE";
      case 9 -> "SIGKILL";
      case 11 -> "SIGSEGV";
      case 15 -> "SIGTERM";
      case 0 -> "unknown";
      default -> "signal " + sig;
    };
  }
}
