package dev.mycrash.knownbugs;

import java.util.Map;

/** Linux signal numbers to the names gdb prints ("Program terminated with signal SIGSEGV"). */
public final class SignalNames {
  private static final Map<Integer, String> NAMES =
      Map.ofEntries(
          Map.entry(1, "SIGHUP"), Map.entry(2, "SIGINT"), Map.entry(3, "SIGQUIT"),
          Map.entry(4, "SIGILL"), Map.entry(5, "SIGTRAP"), Map.entry(6, "SIGABRT"),
          Map.entry(7, "SIGBUS"), Map.entry(8, "SIGFPE"), Map.entry(9, "SIGKILL"),
          Map.entry(10, "SIGUSR1"), Map.entry(11, "SIGSEGV"), Map.entry(12, "SIGUSR2"),
          Map.entry(13, "SIGPIPE"), Map.entry(14, "SIGALRM"), Map.entry(15, "SIGTERM"),
          Map.entry(24, "SIGXCPU"), Map.entry(25, "SIGXFSZ"), Map.entry(31, "SIGSYS"));

  private SignalNames() {}

  /** "SIGSEGV" for 11; "SIG42" for a number without a name; null for null. */
  public static String of(Integer signal) {
    if (signal == null) {
      return null;
    }
    return NAMES.getOrDefault(signal, "SIG" + signal);
  }

  /** The number for a name such as "SIGABRT" (case-insensitive), or null. */
  public static Integer number(String name) {
    for (Map.Entry<Integer, String> e : NAMES.entrySet()) {
      if (e.getValue().equalsIgnoreCase(name)) {
        return e.getKey();
      }
    }
    return null;
  }
}
