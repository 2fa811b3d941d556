package dev.mycrash.collect.locate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the locator looks on this host. Tests point it at a directory tree instead.
 *
 * @param proc the proc file system ({@code /proc})
 * @param root where absolute option-file paths are resolved ({@code /})
 * @param systemdStore systemd-coredump's store
 * @param apportStore apport's report directory
 * @param home the home directory whose {@code .my.cnf} the server reads (root's), or null
 */
public record HostView(Path proc, Path root, Path systemdStore, Path apportStore, Path home) {
  public static HostView system() {
    String home = System.getProperty("user.home");
    return new HostView(Path.of("/proc"), Path.of("/"), Path.of("/var/lib/systemd/coredump"), Path.of("/var/crash"),
        home == null ? null : Path.of(home));
  }

  /** The host name as the kernel has it (what {@code <hostname>.err} uses). */
  public String hostname() {
    String h = read("sys/kernel/hostname");
    return h.isEmpty() ? "localhost" : h;
  }

  /** {@code /proc/sys/kernel/core_pattern}, or "core" when unreadable. */
  public String corePattern() {
    String p = read("sys/kernel/core_pattern");
    return p.isEmpty() ? "core" : p;
  }

  public boolean coreUsesPid() {
    return read("sys/kernel/core_uses_pid").equals("1");
  }

  private String read(String rel) {
    try {
      return new String(Files.readAllBytes(proc.resolve(rel)), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "";
    }
  }
}
