package dev.mycrash.collect.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How this collection runs.
 *
 * @param outputDir where the bundle is written
 * @param noCore {@code --no-core}: the shareable text-only bundle (no core, binary or libraries)
 * @param coreWait how long to wait for a core's size to become stable
 * @param commandLine the arguments mycrash was started with, for the manifest
 * @param sql whether and how to ask the running server (version, variables, SHOW CREATE TABLE)
 * @param attach {@code --attach}: also run gdb on the running server (the stacks of a hung server)
 */
public record CollectOptions(Path outputDir, boolean noCore, Duration coreWait, List<String> commandLine,
    dev.mycrash.collect.sql.SqlFlags sql, boolean attach) {
  public CollectOptions {
    commandLine = List.copyOf(commandLine);
    sql = sql == null ? dev.mycrash.collect.sql.SqlFlags.disabled() : sql;
    if (outputDir == null || coreWait == null || coreWait.isNegative()) {
      throw new IllegalArgumentException("output dir and a non-negative core wait are required");
    }
  }
}
