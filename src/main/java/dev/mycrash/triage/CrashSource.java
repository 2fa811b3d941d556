package dev.mycrash.triage;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Reads the crashes out of one error log. The seam between triage and the log parser. */
public interface CrashSource {
  /**
   * Every crash in the log, in order.
   *
   * @param name the input's display name, used in records and messages
   * @param in the log's bytes (already decompressed); not closed here
   */
  List<CrashRecord> read(String name, InputStream in) throws IOException;
}
