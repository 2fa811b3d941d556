package dev.mycrash.errorlog.read;

import dev.mycrash.errorlog.LogLine;
import java.util.List;

/** The canonical lines just before the current one, oldest first. */
public interface Lookback {
  /** At most {@code max} lines before the current one, none numbered {@code floor} or lower. */
  List<LogLine> before(int max, long floor);
}
