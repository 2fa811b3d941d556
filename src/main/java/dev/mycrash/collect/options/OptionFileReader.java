package dev.mycrash.collect.options;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads MySQL/MariaDB option files the way mysqld does (read-only). A Debian
 * {@code /etc/mysql/my.cnf} looks like:
 *
 * <pre>
 * [client-server]
 * socket = /run/mysqld/mysqld.sock
 * !includedir /etc/mysql/conf.d/
 * !includedir /etc/mysql/mariadb.conf.d/
 * </pre>
 *
 * and {@code 50-server.cnf} under it:
 *
 * <pre>
 * [mysqld]
 * pid-file                = /run/mysqld/mysqld.pid
 * #datadir                 = /var/lib/mysql
 * bind-address            = 127.0.0.1
 * </pre>
 *
 * Rules: {@code #} and {@code ;} start comment lines, {@code #} outside quotes ends a value;
 * {@code [group]} names are case-insensitive; {@code !include FILE} reads a file,
 * {@code !includedir DIR} reads its {@code *.cnf} files in name order; values may be quoted with
 * {@code '} or {@code "} and use the escapes {@code \n \t \r \b \s \\}. A missing include is a
 * recorded problem, not an error; a world-writable file is skipped, as mysqld skips it. Absolute paths in directives are resolved under {@code root}
 * (normally {@code /}; a test tree otherwise).
 */
public final class OptionFileReader {
  private static final int MAX_DEPTH = 10;
  private final Path root;

  public OptionFileReader(Path root) {
    this.root = root;
  }

  public static OptionFileReader system() {
    return new OptionFileReader(Path.of("/"));
  }

  /** Reads the files in order (missing ones are skipped silently, as mysqld does for defaults). */
  public OptionFiles readDefaults(List<Path> files) {
    OptionFiles all = OptionFiles.none();
    for (Path f : files) {
      if (Files.isRegularFile(map(f))) {
        all = all.then(read(f));
      }
    }
    return all;
  }

  /** Reads one file and what it includes; a missing or unreadable file is a recorded problem. */
  public OptionFiles read(Path file) {
    State st = new State();
    readFile(file, st, 0);
    return new OptionFiles(st.files, st.settings, st.problems);
  }

  private static final class State {
    final List<Path> files = new ArrayList<>();
    final List<OptionSetting> settings = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
  }

  private void readFile(Path file, State st, int depth) {
    if (depth > MAX_DEPTH) {
      st.problems.add(file + ": includes nested deeper than " + MAX_DEPTH + " levels, not read");
      return;
    }
    if (worldWritable(map(file))) {
      st.problems.add(file + ": world-writable, so mysqld ignores it (read here neither)");
      return;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(map(file), StandardCharsets.ISO_8859_1);
    } catch (NoSuchFileException e) {
      st.problems.add(file + ": not found");
      return;
    } catch (IOException e) {
      st.problems.add(file + ": cannot read (" + e.getMessage() + ")");
      return;
    }
    st.files.add(file);
    String group = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      if (line.startsWith("!")) {
        directive(file, i + 1, line, st, depth);
      } else if (line.startsWith("[")) {
        group = groupName(file, i + 1, line, st);
      } else if (group == null) {
        st.problems.add(file + ":" + (i + 1) + ": option without a preceding [group], ignored");
      } else {
        OptionLine.parse(file, i + 1, group, line).ifPresent(st.settings::add);
      }
    }
  }

  private static boolean worldWritable(Path p) {
    try {
      return Files.getPosixFilePermissions(p).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE);
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  private static String groupName(Path file, int lineNo, String line, State st) {
    int end = line.indexOf(']');
    if (end < 0) {
      st.problems.add(file + ":" + lineNo + ": group without ']', ignored");
      return null;
    }
    return OptionFiles.group(line.substring(1, end));
  }

  private void directive(Path file, int lineNo, String line, State st, int depth) {
    String[] parts = line.split("\\s+", 2);
    String arg = parts.length > 1 ? parts[1].strip() : "";
    if (arg.isEmpty()) {
      st.problems.add(file + ":" + lineNo + ": " + parts[0] + " without a path, ignored");
    } else if (parts[0].equals("!include")) {
      readFile(resolve(file, arg), st, depth + 1);
    } else if (parts[0].equals("!includedir")) {
      includeDir(resolve(file, arg), st, depth);
    } else {
      st.problems.add(file + ":" + lineNo + ": unknown directive " + parts[0] + ", ignored");
    }
  }

  private void includeDir(Path dir, State st, int depth) {
    List<Path> cnfs;
    try (Stream<Path> s = Files.list(map(dir))) {
      cnfs = s.map(p -> dir.resolve(p.getFileName().toString()))
          .filter(p -> p.getFileName().toString().endsWith(".cnf"))
          .sorted()
          .toList();
    } catch (IOException e) {
      st.problems.add(dir + ": included directory not readable (" + e.getClass().getSimpleName() + ")");
      return;
    }
    for (Path p : cnfs) {
      readFile(p, st, depth + 1);
    }
  }

  private static Path resolve(Path includingFile, String arg) {
    Path p = Path.of(arg);
    if (p.isAbsolute()) {
      return p;
    }
    Path dir = includingFile.getParent();
    return dir == null ? p : dir.resolve(p);
  }

  /** Where a path as written (absolute, as mysqld sees it) is under {@link #root}. */
  Path map(Path p) {
    if (!p.isAbsolute() || root.equals(Path.of("/"))) {
      return p;
    }
    return root.resolve(Path.of("/").relativize(p).toString());
  }
}
