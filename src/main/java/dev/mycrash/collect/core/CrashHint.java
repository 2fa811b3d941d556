package dev.mycrash.collect.core;

import java.time.Instant;

/**
 * What the error log says about the crash, used to pick its core.
 *
 * @param pid the server's pid from "as process N" of the crashed lifetime, or null
 * @param crashTime the crash header's time, or null
 * @param exe the executable path from the crash header or "ready for connections", or null
 */
public record CrashHint(Long pid, Instant crashTime, String exe) {
  public static CrashHint none() {
    return new CrashHint(null, null, null);
  }
}
