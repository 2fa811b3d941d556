package dev.mycrash.errorlog.parse;

import dev.mycrash.errorlog.LogLine;
import java.util.ArrayList;
import java.util.List;

/**
 * An assertion seen outside a crash block that no crash header has followed yet, with the few
 * lines after it (InnoDB's {@code Failing assertion:} line). Real sample (dockermysql-807, the
 * excerpt ends before "got signal"):
 *
 * <pre>
 * 2022-01-11T19:18:29.685267Z 0 [ERROR] [MY-013183] [InnoDB] Assertion failure: ddl0buffer.cc:204:ptr < bounds.second thread 140540279490304
 * InnoDB: We intentionally generate a memory trap.
 * </pre>
 */
final class PendingAssertion {
  /** Lines kept after the assertion line. */
  static final int TAIL = 3;

  private LogLine line;
  private final List<LogLine> lines = new ArrayList<>();
  private int tail;

  /** Starts tracking {@code l} when it is an assertion and none is pending. */
  void offer(LogLine l) {
    String t = l.text();
    if (line == null && t.contains("ssertion failure") && AssertionParser.find(List.of(l)) != null) {
      line = l;
      lines.clear();
      lines.add(l);
      tail = TAIL;
    }
  }

  /** Keeps {@code l} when it is one of the lines right after the assertion. */
  void follow(LogLine l) {
    if (tail > 0 && l != line) {
      tail--;
      lines.add(l);
    }
  }

  boolean wantsLines() {
    return tail > 0;
  }

  /** The assertion line, or null. */
  LogLine line() {
    return line;
  }

  List<LogLine> lines() {
    return List.copyOf(lines);
  }

  void clear() {
    line = null;
    lines.clear();
    tail = 0;
  }
}
