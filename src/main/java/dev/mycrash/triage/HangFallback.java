package dev.mycrash.triage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The records of one input for triage: the source's crashes; for an input in which a source that
 * does not see hangs finds no crash, its hang from the error-log engine ({@link HangVerdicts}),
 * so that both readers report the same. The engine only reads inputs whose bytes mention a
 * semaphore wait ({@code semaphore}, {@code Semaphore}, MariaDB 10.6+ {@code Long wait (}):
 * every latch the semaphore collector knows comes from such a line.
 */
final class HangFallback {
  private static final CrashSource ENGINE = new EngineCrashSource();
  private static final String[] NEEDLES = {"emaphore", "Long wait ("};
  private static final int OVERLAP = 16;

  private HangFallback() {}

  static List<CrashRecord> read(Path file, CrashSource source) {
    List<CrashRecord> records = LogFiles.read(file, source);
    if (!records.isEmpty() || source.reportsHangs() || !mentionsSemaphores(file)) {
      return records;
    }
    return LogFiles.read(file, ENGINE).stream().filter(r -> r.kind().equals("hang")).toList();
  }

  private static boolean mentionsSemaphores(Path file) {
    AtomicBoolean seen = new AtomicBoolean();
    LogFiles.read(file, (name, in) -> {
      if (!seen.get() && mentions(in)) {
        seen.set(true);
      }
      return List.of();
    });
    return seen.get();
  }

  /** True when the bytes of {@code in} hold one of the needles (read to the first hit). */
  static boolean mentions(InputStream in) throws IOException {
    byte[] buf = new byte[1 << 16];
    int kept = 0;
    int n;
    while ((n = in.read(buf, kept, buf.length - kept)) > 0) {
      int len = kept + n;
      String text = new String(buf, 0, len, StandardCharsets.ISO_8859_1);
      for (String needle : NEEDLES) {
        if (text.contains(needle)) {
          return true;
        }
      }
      kept = Math.min(OVERLAP, len);
      System.arraycopy(buf, len - kept, buf, 0, kept);
    }
    return false;
  }
}
