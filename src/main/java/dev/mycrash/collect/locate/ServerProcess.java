package dev.mycrash.collect.locate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A running mysqld/mariadbd seen in {@code /proc}: its {@code cmdline} (NUL-separated), such as
 * {@code /usr/sbin/mariadbd\0--no-defaults\0--datadir=/tmp/crashlab/datadir\0--core-file\0}, its
 * cwd (mysqld chdirs to its datadir) and its executable.
 *
 * @param pid process id
 * @param argv the command line
 * @param cwd the working directory, or null when not readable
 * @param exe the executable, or null when not readable
 */
public record ServerProcess(long pid, List<String> argv, Path cwd, Path exe) {
  public ServerProcess {
    argv = List.copyOf(argv);
  }

  /** Every mysqld/mariadbd process (zombies included: a crashed server is one for a moment). */
  public static List<ServerProcess> scan(Path proc) {
    List<ServerProcess> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(proc)) {
      for (Path p : s.filter(d -> d.getFileName().toString().matches("\\d+")).sorted().toList()) {
        read(p).ifPresent(out::add);
      }
    } catch (IOException e) {
      return List.of();
    }
    return out;
  }

  static Optional<ServerProcess> read(Path dir) {
    try {
      String comm = Files.readString(dir.resolve("comm")).strip();
      if (!comm.equals("mysqld") && !comm.equals("mariadbd")) {
        return Optional.empty();
      }
      String cmd = new String(Files.readAllBytes(dir.resolve("cmdline")), StandardCharsets.UTF_8);
      List<String> argv = Arrays.stream(cmd.split("\0")).filter(a -> !a.isEmpty()).toList();
      return Optional.of(new ServerProcess(Long.parseLong(dir.getFileName().toString()), argv, link(dir.resolve("cwd")), link(dir.resolve("exe"))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Path link(Path p) {
    try {
      return Files.readSymbolicLink(p);
    } catch (IOException | UnsupportedOperationException e) {
      return null;
    }
  }

  /** The last value of {@code --name=value} (or {@code --name value}) on the command line, any spelling. */
  public Optional<String> option(String name) {
    String want = name.replace('_', '-');
    Optional<String> found = Optional.empty(); // a later occurrence wins, as in mysqld
    for (int i = 1; i < argv.size(); i++) {
      String a = argv.get(i);
      if (!a.startsWith("--")) {
        continue;
      }
      String body = a.substring(2);
      int eq = body.indexOf('=');
      String n = (eq < 0 ? body : body.substring(0, eq)).replace('_', '-');
      n = n.startsWith("loose-") ? n.substring(6) : n;
      if (!n.equals(want)) {
        continue;
      }
      found = Optional.of(eq >= 0 ? body.substring(eq + 1)
          : i + 1 < argv.size() && !argv.get(i + 1).startsWith("-") ? argv.get(i + 1) : "");
    }
    return found;
  }

  public boolean hasFlag(String name) {
    return argv.stream().skip(1).anyMatch(a -> a.equals("--" + name));
  }
}
