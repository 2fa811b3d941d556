package dev.mycrash.collect.pipeline;

import dev.mycrash.errorlog.ErrorLogAnalyzer;
import dev.mycrash.errorlog.model.Analysis;
import dev.mycrash.errorlog.read.LogInput;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The summary's semaphore line from the server itself when its error log names no blocker: a
 * hung server that still answers prints its waits and their holders in the SEMAPHORES section of
 * {@code SHOW ENGINE INNODB STATUS} ({@code sql/innodb-status.txt}) before the 240 s reports reach
 * the log. The section is read by the same engine as the log.
 */
final class StatusSemaphores {
  static final String PATH = "sql/innodb-status.txt";

  private StatusSemaphores() {}

  /** The blocker line read from the bundle's InnoDB status, or null when there is none or it names no wait. */
  static String blocker(List<Pipeline.Ready> ready, Integrations.Analysis views) throws Exception {
    for (Pipeline.Ready r : ready) {
      if (PATH.equals(r.item().bundlePath()) && r.bytes() != null && r.bytes().length > 0) {
        Analysis a;
        try (LogInput in = LogInput.ofStream(PATH, new ByteArrayInputStream(r.bytes()))) {
          a = ErrorLogAnalyzer.analyze(in, ErrorLogAnalyzer.Options.of(true));
        }
        String line = views.semaphoreBlocker(a);
        return line == null ? null : line + " (SHOW ENGINE INNODB STATUS)";
      }
    }
    return null;
  }
}
