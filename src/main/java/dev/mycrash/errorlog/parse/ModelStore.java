package dev.mycrash.errorlog.parse;

import dev.mycrash.errorlog.LogLine;
import dev.mycrash.errorlog.model.CrashReport;
import dev.mycrash.errorlog.model.Lifetime;
import dev.mycrash.semaphore.SemaphoreSummary;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * What the builder keeps, bounded. Scope "all": every lifetime and crash, the oldest dropped
 * (and counted) beyond {@code max}. Scope "last": the last crash, its lifetime (pinned) and the
 * lifetimes after it; with no crash at all, the last lifetime.
 */
public final class ModelStore {
  private final boolean all;
  private final int max;
  private final ArrayDeque<Lifetime> lifetimes = new ArrayDeque<>();
  private final ArrayDeque<CrashReport> crashes = new ArrayDeque<>();
  private Lifetime pinned;
  private int lifetimesOmitted;
  private int crashesOmitted;
  private SemaphoreSummary semaphores;
  private List<LogLine> rawLines = List.of();
  private List<LogLine> leadLines = List.of();
  private long lastEnd;
  private String evidenceProduct;
  private String evidenceVersion;

  ModelStore(boolean all, int max) {
    this.all = all;
    this.max = max;
  }

  void crash(CrashReport r) {
    if (!all) {
      lifetimesOmitted += lifetimes.size() + (pinned == null ? 0 : 1);
      lifetimes.clear();
      pinned = null;
      crashesOmitted += crashes.size();
      crashes.clear();
    }
    crashes.addLast(r);
    if (crashes.size() > max) {
      crashes.removeFirst();
      crashesOmitted++;
    }
  }

  void lifetime(Lifetime lt, boolean crashed, SemaphoreSummary s) {
    if (!all && crashed) {
      pinned = lt;
      semaphores = s;
      return;
    }
    if (!all && pinned == null) {
      semaphores = s;
    }
    lifetimes.addLast(lt);
    if (lifetimes.size() > max) {
      lifetimes.removeFirst();
      lifetimesOmitted++;
    }
  }

  /** The last kept lifetime ended "unknown" before a start that recovers: it was "unclean-no-report". */
  void previousDiedUncleanly() {
    Lifetime last = lifetimes.peekLast();
    if (last != null && "unknown".equals(last.end()) && last.endLine() != null && !"initialize".equals(last.startKind())) {
      lifetimes.pollLast();
      lifetimes.addLast(last.withEnd("unclean-no-report"));
    }
  }

  void semaphores(SemaphoreSummary s) {
    semaphores = s;
  }

  void rawLines(List<LogLine> lines, List<LogLine> lead) {
    rawLines = List.copyOf(lines);
    leadLines = List.copyOf(lead);
  }

  void lastEnd(long n) {
    lastEnd = n;
  }

  long lastEnd() {
    return lastEnd;
  }

  /** The kept lifetimes, oldest first. */
  public List<Lifetime> lifetimes() {
    List<Lifetime> out = new ArrayList<>();
    if (pinned != null) {
      out.add(pinned);
      out.addAll(lifetimes);
    } else if (!all && !lifetimes.isEmpty()) {
      out.add(lifetimes.getLast());
    } else {
      out.addAll(lifetimes);
    }
    return out;
  }

  /** The kept crashes, oldest first. */
  public List<CrashReport> crashes() {
    return List.copyOf(crashes);
  }

  public int lifetimesOmitted() {
    return lifetimesOmitted + (!all && pinned == null && lifetimes.size() > 1 ? lifetimes.size() - 1 : 0);
  }

  public int crashesOmitted() {
    return crashesOmitted;
  }

  public SemaphoreSummary semaphores() {
    return semaphores == null ? SemaphoreSummary.empty() : semaphores;
  }

  /** The lines of the last crash's assertion or [FATAL] message before its header, as read. */
  public List<LogLine> leadLines() {
    return leadLines;
  }

  /** The header and body lines of the last crash block, as read. */
  public List<LogLine> rawLines() {
    return rawLines;
  }

  void evidence(String product, String version) {
    evidenceProduct = product;
    evidenceVersion = version;
  }

  /** The product named outside lifetimes' version lines and crash blocks, or null. */
  public String evidenceProduct() {
    return evidenceProduct;
  }

  /** A {@code Server version:} seen outside full crash blocks, or null. */
  public String evidenceVersion() {
    return evidenceVersion;
  }
}
