package dev.mycrash.gdb;

import java.util.List;

/**
 * One part of the gdb run whose output goes to its own file, e.g. {@code thread apply all bt} to
 * {@code gdb_standard.txt}.
 *
 * @param name a short id used in the output markers, e.g. {@code standard}
 * @param fileName the output file, e.g. {@code gdb_standard.txt}
 * @param commands the gdb commands, each run on its own so one failing does not stop the others
 * @param withPreamble start the file with what gdb printed when it loaded the core (the signal
 *     and the current thread), so a backtrace file stands on its own
 */
public record GdbSection(String name, String fileName, List<String> commands, boolean withPreamble) {
  public GdbSection {
    if (name == null || !name.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("section name must be [a-z][a-z0-9-]*: " + name);
    }
    if (fileName == null || fileName.isBlank() || fileName.contains("/")) {
      throw new IllegalArgumentException("bad file name: " + fileName);
    }
    commands = List.copyOf(commands);
    if (commands.isEmpty()) {
      throw new IllegalArgumentException("section " + name + " has no command");
    }
  }
}
