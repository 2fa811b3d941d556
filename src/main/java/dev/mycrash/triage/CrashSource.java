package dev.mycrash.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;

/** Reads the crashes out of one error log. The seam between triage and the log parser. */
public interface CrashSource {
  /**
   * Every crash in the log, in order.
   *
   * @param name the input's display name, used in records and messages
   * @param lines the log, line by line
   */
  List<CrashRecord> read(String name, BufferedReader lines) throws IOException;
}
