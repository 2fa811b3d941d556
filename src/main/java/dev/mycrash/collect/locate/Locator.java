package dev.mycrash.collect.locate;

import dev.mycrash.collect.options.DefaultOptionFiles;
import dev.mycrash.collect.options.OptionFileReader;
import dev.mycrash.collect.options.OptionFiles;
import dev.mycrash.collect.options.ServerGroups;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the error log, datadir and mysqld. Precedence, highest first: the user's flag; the
 * running server's command line ({@code /proc/PID/cmdline}); the option files it reads; its
 * cwd (mysqld chdirs to its datadir); the built-in defaults ({@code /var/lib/mysql},
 * {@code <datadir>/<hostname>.err}). {@code log-error} without a value means
 * {@code <datadir>/<hostname>.err}; a relative one is relative to the datadir, and a name without
 * an extension gets {@code .err}.
 */
public final class Locator {
  private final HostView host;

  public Locator(HostView host) {
    this.host = host;
  }

  public Locations locate(LocateRequest req) {
    return locate(req, null);
  }

  /**
   * @param version the server version when known (from the error log), so that {@code [mysqld-X.Y]}
   *     and {@code [mariadb-X.Y]} groups count too; null before the log is read
   */
  public Locations locate(LocateRequest req, String version) {
    List<String> notes = new ArrayList<>();
    ServerProcess server = server(req, notes);
    OptionFiles files = optionFiles(req, server);
    boolean mariadb = version != null ? version.contains("MariaDB") : server == null || !"mysqld".equals(name(server.exe()));
    Set<String> groups = ServerGroups.of(mariadb, version, server == null ? null : server.option("defaults-group-suffix").orElse(null));
    Map<String, String> eff = files.effective(groups);
    String hostname = host.hostname();

    Source datadir = first(
        Source.of(req.datadir(), "--datadir"),
        Source.of(arg(server, "datadir"), "the running server's --datadir"),
        Source.of(eff.get("datadir"), "datadir in the option files"),
        Source.of(server == null ? null : server.cwd(), "the running server's working directory"),
        Source.of(Path.of("/var/lib/mysql"), "the default datadir"));
    Path dd = datadir.path();
    Source log = errorLog(req, server, eff, dd, hostname, notes);
    Source mysqld = first(
        Source.of(req.mysqld(), "--mysqld"),
        Source.of(server == null ? null : server.exe(), "the running server's executable"));
    return new Locations(log.path(), log.from(), dd, datadir.from(), req.core(), mysqld.path(), mysqld.from(), files, server, hostname, notes);
  }

  private Source errorLog(LocateRequest req, ServerProcess server, Map<String, String> eff, Path dd, String hostname, List<String> notes) {
    if (req.errorLog() != null) {
      return new Source(req.errorLog(), "--error-log");
    }
    Optional<String> onCmd = server == null ? Optional.empty() : server.option("log-error");
    if (onCmd.isPresent()) {
      return new Source(logPath(onCmd.get(), dd, hostname), "the running server's --log-error");
    }
    if (eff.containsKey("log_error")) {
      return new Source(logPath(eff.get("log_error"), dd, hostname), "log-error in the option files");
    }
    if (eff.containsKey("syslog") || (server != null && server.hasFlag("syslog"))) {
      notes.add("the server may log to syslog/journal (syslog is set); no error log file named");
    }
    return new Source(dd.resolve(hostname + ".err"), "the default <datadir>/<hostname>.err");
  }

  /** {@code log-error} semantics: empty → {@code <host>.err}; relative → under datadir; no extension → {@code .err}. */
  static Path logPath(String value, Path datadir, String hostname) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      return datadir.resolve(hostname + ".err");
    }
    Path p = Path.of(v);
    if (!p.getFileName().toString().contains(".")) {
      p = p.resolveSibling(p.getFileName() + ".err");
    }
    return p.isAbsolute() ? p : datadir.resolve(p);
  }

  private ServerProcess server(LocateRequest req, List<String> notes) {
    List<ServerProcess> all = ServerProcess.scan(host.proc());
    if (req.pid() != null) {
      return all.stream().filter(s -> s.pid() == req.pid()).findFirst().orElse(null);
    }
    if (all.size() > 1) {
      notes.add(all.size() + " mysqld/mariadbd processes are running; none was picked (use --pid)");
      return null;
    }
    return all.isEmpty() ? null : all.get(0);
  }

  private OptionFiles optionFiles(LocateRequest req, ServerProcess server) {
    OptionFileReader reader = new OptionFileReader(host.root());
    if (req.noDefaults() || (req.defaultsFile() == null && server != null && server.hasFlag("no-defaults"))) {
      return OptionFiles.none();
    }
    Path df = req.defaultsFile() != null ? req.defaultsFile() : arg(server, "defaults-file");
    if (df != null) {
      return reader.read(df);
    }
    Path extra = arg(server, "defaults-extra-file");
    return reader.readDefaults(DefaultOptionFiles.of(System.getenv(), host.home(), extra));
  }

  private static Path arg(ServerProcess server, String name) {
    if (server == null) {
      return null;
    }
    return server.option(name).filter(v -> !v.isEmpty()).map(v -> server.cwd() != null && !v.startsWith("/") ? server.cwd().resolve(v) : Path.of(v)).orElse(null);
  }

  private static String name(Path p) {
    return p == null ? null : p.getFileName().toString();
  }

  private record Source(Path path, String from) {
    static Source of(Object value, String from) {
      if (value == null) {
        return null;
      }
      Path p = value instanceof Path pp ? pp : Path.of(value.toString());
      return new Source(p, from);
    }
  }

  private static Source first(Source... s) {
    for (Source x : s) {
      if (x != null) {
        return x;
      }
    }
    return new Source(null, "not found");
  }
}
