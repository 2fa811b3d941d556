package dev.mycrash.errorlog.read;

import dev.mycrash.errorlog.LogLine;

/** Receives canonical lines: the pre-filter's candidates, and every line while it asks for them. */
public interface LineVisitor {
  /** One canonical line; {@code lookback} reads the lines just before it. */
  void line(LogLine line, Lookback lookback);

  /** True while the visitor is inside a region (crash block, semaphore report) and needs every line. */
  boolean wantsEveryLine();
}
