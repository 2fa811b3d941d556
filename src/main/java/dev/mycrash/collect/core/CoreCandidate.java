package dev.mycrash.collect.core;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A file that may be the crash's core.
 *
 * @param path where it is
 * @param kind {@code plain}, {@code systemd-zst} (compressed by systemd-coredump) or {@code apport}
 * @param size bytes on disk (apparent size)
 * @param mtime last modification: when the kernel finished writing it
 * @param pid the crashed process id, when the name or record tells it; else null
 * @param exe the executable name, when known; else null
 */
public record CoreCandidate(Path path, String kind, long size, Instant mtime, Long pid, String exe) {
  public CoreCandidate {
    if (path == null || mtime == null) {
      throw new IllegalArgumentException("path and mtime are required");
    }
    if (!kind.equals("plain") && !kind.equals("systemd-zst") && !kind.equals("apport")) {
      throw new IllegalArgumentException("unknown core kind " + kind);
    }
  }
}
