package dev.mycrash.semaphore;

import dev.mycrash.errorlog.LogLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads InnoDB long-semaphore-wait reports from canonical log lines, streaming: feed every line
 * of the scope in order with {@link #accept}, then call {@link #finish}. Memory grows with the
 * number of distinct latches and threads, not with the log; at most {@value #KEPT_WAITS} parsed
 * cells are kept for {@link #waits()}.
 */
public final class SemaphoreCollector {
  static final int KEPT_WAITS = 10_000;

  private final Map<String, LatchStats> latches = new LinkedHashMap<>();
  private final List<SemaphoreWait> waits = new ArrayList<>();
  private final List<WatchdogAbort> aborts = new ArrayList<>();
  private CellBuilder cell;
  private String headerSource;
  private String headerTime;
  private String lastAbortSecond;
  private long lastAbortLine;
  private int reports;
  private int statusCells;
  private double maxSeconds;

  /** Takes the next line; cheap for lines that are not part of a report. */
  public void accept(LogLine line) {
    String text = line.text();
    if (cell != null) {
      if (CellParser.continueWith(cell, text)) {
        return;
      }
      closeCell();
    }
    if (text.isEmpty()) {
      return;
    }
    if (text.charAt(0) == '-' && startCell(line.number(), text)) {
      return;
    }
    headerSource = null;
    if (text.contains("InnoDB")) {
      innodbLine(line.number(), text);
    }
  }

  private boolean startCell(long number, String text) {
    String source = headerSource != null ? headerSource : SemaphoreWait.STATUS;
    cell = CellParser.start(number, text, headerTime, source);
    headerSource = null;
    headerTime = null;
    return cell != null;
  }

  private void innodbLine(long number, String text) {
    String header = ReportLines.headerSource(text);
    if (header != null) {
      headerSource = header;
      headerTime = ReportLines.timestamp(text);
      return;
    }
    ReportLines.LongWait longWait = ReportLines.longWait(text);
    if (longWait != null) {
      longWait(number, text, longWait);
      return;
    }
    WatchdogAbort abort = WatchdogAbort.parse(number, text);
    if (abort != null) {
      watchdog(abort, ReportLines.secondOf(text));
    }
  }

  private void closeCell() {
    SemaphoreWait wait = cell.build();
    cell = null;
    if (wait.source().equals(SemaphoreWait.WARNING)) {
      reports++;
    } else {
      statusCells++;
    }
    maxSeconds = Math.max(maxSeconds, wait.seconds());
    if (waits.size() < KEPT_WAITS) {
      waits.add(wait);
    }
    if (wait.latchKey() != null) {
      latches.computeIfAbsent(wait.latchKey(), k -> LatchStats.of(wait)).add(wait);
    }
  }

  private void longWait(long number, String text, ReportLines.LongWait longWait) {
    reports++;
    maxSeconds = Math.max(maxSeconds, longWait.seconds());
    LatchStats latch = namedLatch(longWait.latch());
    latch.touch(number, ReportLines.timestamp(text));
    latch.countWait(longWait.seconds());
  }

  private void watchdog(WatchdogAbort abort, String second) {
    int last = aborts.size() - 1;
    WatchdogAbort merged =
        last < 0 ? null : aborts.get(last).merge(abort, lastAbortLine, lastAbortSecond, second);
    if (merged != null) {
      aborts.set(last, merged);
    } else {
      aborts.add(abort);
    }
    lastAbortSecond = second;
    lastAbortLine = abort.line();
    if (abort.latch() != null) {
      namedLatch(abort.latch()).touch(abort.line(), abort.time());
    }
  }

  private LatchStats namedLatch(String name) {
    return latches.computeIfAbsent(name, k -> new LatchStats(name, "latch", name, null, null));
  }

  /** The summary of everything accepted so far; a cell still open is closed first. */
  public SemaphoreSummary finish() {
    if (cell != null) {
      closeCell();
    }
    List<LatchStats> ordered = new ArrayList<>(latches.values());
    ordered.sort(Comparator.comparingInt((LatchStats l) -> l.waits).reversed()
        .thenComparing(Comparator.comparingDouble((LatchStats l) -> l.maxSeconds).reversed())
        .thenComparingLong(l -> l.firstLine));
    WaitForGraph graph = new WaitForGraph(ordered);
    return new SemaphoreSummary(reports, maxSeconds, !aborts.isEmpty(),
        ordered.stream().map(LatchStats::toSummary).toList(), graph.blockers(), statusCells,
        graph.cycles(), aborts);
  }

  /** The cells parsed so far, in log order (at most {@value #KEPT_WAITS}). */
  public List<SemaphoreWait> waits() {
    return List.copyOf(waits);
  }

  /**
   * True when this line is the InnoDB watchdog deliberately killing a hung server ("Semaphore
   * wait has lasted > 600 seconds", "innodb_fatal_semaphore_wait_threshold was exceeded", 5.x
   * "We intentionally crash the server, because it appears to be hung.").
   */
  public static boolean isWatchdogAbort(String text) {
    return WatchdogAbort.matches(text);
  }
}
