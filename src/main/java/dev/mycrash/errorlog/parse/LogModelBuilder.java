package dev.mycrash.errorlog.parse;

import dev.mycrash.errorlog.LogLine;
import dev.mycrash.errorlog.model.CrashReport;
import dev.mycrash.errorlog.model.Lifetime;
import dev.mycrash.errorlog.read.LineVisitor;
import dev.mycrash.errorlog.read.Lookback;
import dev.mycrash.semaphore.SemaphoreSummary;

/**
 * The error-log state machine: turns canonical lines into server lifetimes and crash reports,
 * and feeds the semaphore collectors ({@link SemaphoreFeed}; crash-block lines are not fed; the
 * default scope reports the crash's lifetime's summary). Streaming and bounded: only what the scope
 * keeps is held ({@link ModelStore}).
 */
public final class LogModelBuilder implements LineVisitor {
  /** Lines of look-back searched for an assertion / [FATAL] / watchdog message before a crash header. */
  static final int LOOKBACK = 40;

  private final ModelStore store;
  private final boolean all;
  private final SemaphoreFeed waits;
  private LifetimeBuilder current;
  private BlockCollector block;
  private boolean versionPending;
  private long lastBlockEnd;
  private final Evidence evidence = new Evidence();
  private final PendingAssertion pending = new PendingAssertion();

  /** {@code all}: keep every lifetime and crash (capped at {@code max}); else only the last crash's. */
  public LogModelBuilder(boolean all, int max) {
    this.all = all;
    this.store = new ModelStore(all, max);
    this.waits = new SemaphoreFeed(all);
  }

  @Override
  public boolean wantsEveryLine() {
    return block != null || versionPending || waits.inReport() || pending.wantsLines();
  }

  @Override
  public void line(LogLine l, Lookback lookback) {
    if (block != null) {
      if (!block.endsAt(l)) {
        block.add(l);
        return;
      }
      finishBlock();
    }
    String t = l.text();
    pending.follow(l);
    if (Markers.isVersionLine(t)) {
      onVersionLine(l.number(), t);
      return;
    }
    versionPending = false;
    waits.accept(l, current);
    evidence.accept(t);
    Marker m = Markers.classify(t);
    switch (m.kind()) {
      case START -> onStart(l.number(), m);
      case READY -> onReady(l.number(), m);
      case SHUTDOWN_BEGIN -> lifetime(l.number()).shutdown(l.number(), false);
      case SHUTDOWN_COMPLETE -> lifetime(l.number()).shutdown(l.number(), true);
      case RECOVERY -> onRecovery(l.number());
      case PROCESS_ENDED -> processEnded(l.number());
      case CRASH_HEADER -> onCrash(l, lookback);
      default -> other(l, lookback);
    }
  }

  /**
   * Evidence of the product, an assertion no header follows (the excerpt ends first: an assertion
   * kills the server), and "Attempting backtrace" far from any block: a report whose header is
   * missing.
   */
  private void other(LogLine l, Lookback lookback) {
    String t = l.text();
    if (t.startsWith("Attempting backtrace") && (lastBlockEnd == 0 || l.number() - lastBlockEnd > LOOKBACK)) {
      onCrash(l, lookback);
    } else {
      pending.offer(l);
    }
  }

  /** A pending assertion with no crash header after it: a crash whose report is not in the text. */
  private void assertionCrash() {
    if (pending.line() == null) {
      return;
    }
    lifetime(pending.line().number());
    block = new BlockCollector(pending.line(), pending.lines());
    pending.clear();
    finishBlock();
  }

  private void onStart(long n, Marker m) {
    if (current != null && (current.busy() || current.startKinds.contains(LifetimeBuilder.kindClass(m.startKind())))) {
      closeCurrent(n);
    }
    lifetime(n).start(n, m);
  }

  private void onReady(long n, Marker m) {
    if (current != null && current.busy()) {
      closeCurrent(n);
    }
    lifetime(n).ready(n, m);
    versionPending = m.version() == null;
  }

  /** The second line of "ready for connections"; alone (the first half lost) it still means ready. */
  private void onVersionLine(long n, String t) {
    Markers.Version v = Markers.version(t);
    if (versionPending) {
      versionPending = false;
      current.setVersion(v.version(), v.comment());
    } else {
      onReady(n, new Marker(Marker.Kind.READY, null, v.version(), v.comment()));
    }
  }

  /** mysqld_safe's "mysqld ended": ends the open lifetime (none open: nothing to end). */
  private void processEnded(long n) {
    if (current != null && current.processEnded == null) {
      current.processEnded = n;
    }
  }

  /** InnoDB recovery at start-up: the lifetime before (if it ended silently) died uncleanly. */
  private void onRecovery(long n) {
    LifetimeBuilder lt = lifetime(n);
    if (lt.recoveryLine == null && lt.readyLine == null) {
      store.previousDiedUncleanly();
    }
    lt.recovery(n);
  }

  private void onCrash(LogLine l, Lookback lookback) {
    pending.clear();
    if (current != null && "clean-shutdown".equals(current.terminal)) {
      closeCurrent(l.number());
    }
    LifetimeBuilder lt = lifetime(l.number());
    long floor = Math.max(lastBlockEnd, lt.floor);
    block = new BlockCollector(l, lookback.before(LOOKBACK, floor));
  }

  private void finishBlock() {
    LifetimeBuilder lt = current;
    CrashReport r = block.finish(lt.version, lt.comment);
    store.rawLines(block.lines(), block.lead(r));
    block = null;
    lastBlockEnd = r.lastLine();
    lt.crash(r);
    store.crash(r);
  }

  private LifetimeBuilder lifetime(long n) {
    if (current == null) {
      current = new LifetimeBuilder(Math.max(lastBlockEnd, store.lastEnd()), !all);
    }
    return current;
  }

  private void closeCurrent(long nextStart) {
    assertionCrash();
    Lifetime lt = current.close(nextStart);
    store.lifetime(lt, current.lastCrash != null, summary(current));
    current = null;
    store.lastEnd(lt.endLine() == null ? nextStart - 1 : lt.endLine());
  }

  private static SemaphoreSummary summary(LifetimeBuilder b) {
    return b.semaphores == null ? null : b.semaphores.finish();
  }

  /** Ends the input: closes an open block and the last lifetime. */
  public ModelStore finish() {
    if (block != null) {
      finishBlock();
    }
    assertionCrash();
    if (current != null) {
      Lifetime lt = current.close(null);
      store.lifetime(lt, current.lastCrash != null, summary(current));
      current = null;
    }
    SemaphoreSummary s = waits.finish(store.lifetimes().isEmpty());
    if (s != null) {
      store.semaphores(s);
    }
    store.evidence(evidence.product(), evidence.version());
    return store;
  }
}
