package dev.mycrash.collect.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Lists the files that may be mysqld's core: {@code core} and {@code core.PID} in the datadir,
 * files matching {@code core_pattern} in its directory, systemd-coredump's
 * {@code core.mariadbd.0.<boot-id>.<pid>.<usec>.zst} and apport's {@code /var/crash/*.crash}
 * (only those whose ExecutablePath is a mysqld/mariadbd).
 */
public final class CoreFinder {
  static final Pattern SYSTEMD_NAME =
      Pattern.compile("core\\.(mysqld|mariadbd)\\.\\d+\\.[0-9a-f]+\\.(\\d+)\\.(\\d+)(\\.(zst|lz4|xz))?");
  private static final Pattern DATADIR_NAME = Pattern.compile("core(\\.(\\d+))?");
  private final Path systemdStore;
  private final Path apportStore;

  public CoreFinder(Path systemdStore, Path apportStore) {
    this.systemdStore = systemdStore;
    this.apportStore = apportStore;
  }

  public static CoreFinder system() {
    return new CoreFinder(Path.of("/var/lib/systemd/coredump"), Path.of("/var/crash"));
  }

  /** Candidates from every place the pattern and the usual stores point to; unreadable places are skipped. */
  public List<CoreCandidate> find(CorePattern pattern, Path datadir) {
    List<CoreCandidate> out = new ArrayList<>();
    if (datadir != null) {
      list(datadir, p -> plain(p, DATADIR_NAME.matcher(p.getFileName().toString()), 2), out);
    }
    if (pattern.handler() == CorePattern.Handler.FILE && datadir != null) {
      Path dir = pattern.directory(datadir);
      list(dir, p -> pattern.match(p.getFileName().toString()).flatMap(m -> CoreFiles.candidate(p, "plain", m.pid(), m.exe())), out);
    }
    list(systemdStore, this::systemd, out);
    list(apportStore, ApportCrashFile::candidate, out);
    return out.stream().distinct().toList();
  }

  private static Optional<CoreCandidate> plain(Path p, Matcher m, int pidGroup) {
    if (!m.matches()) {
      return Optional.empty();
    }
    Long pid = m.group(pidGroup) == null ? null : Long.parseLong(m.group(pidGroup));
    return CoreFiles.candidate(p, "plain", pid, null);
  }

  private Optional<CoreCandidate> systemd(Path p) {
    Matcher m = SYSTEMD_NAME.matcher(p.getFileName().toString());
    if (!m.matches()) {
      return Optional.empty();
    }
    String kind = "zst".equals(m.group(5)) ? "systemd-zst" : "plain";
    if (m.group(5) != null && !kind.equals("systemd-zst")) {
      return Optional.empty(); // lz4/xz stores: not supported, listed by nobody
    }
    return CoreFiles.candidate(p, kind, Long.parseLong(m.group(2)), m.group(1));
  }

  private interface Probe {
    Optional<CoreCandidate> probe(Path p) throws IOException;
  }

  private static void list(Path dir, Probe probe, List<CoreCandidate> out) {
    if (dir == null || !Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.sorted().toList()) {
        if (Files.isRegularFile(p)) {
          probe.probe(p).ifPresent(out::add);
        }
      }
    } catch (IOException e) {
      // an unreadable store holds nothing we can bundle
    }
  }
}
