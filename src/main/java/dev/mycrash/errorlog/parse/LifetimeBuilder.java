package dev.mycrash.errorlog.parse;

import dev.mycrash.errorlog.model.CrashReport;
import dev.mycrash.errorlog.model.Lifetime;
import dev.mycrash.semaphore.SemaphoreCollector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects the events of one server lifetime while the log is read. */
final class LifetimeBuilder {
  Long startLine;
  String startKind;
  final Set<String> startKinds = new HashSet<>();
  Long readyLine;
  String version;
  String comment;
  Long pid;
  String program;
  String started;
  Long recoveryLine;
  Long shutdownBegin;
  Long shutdownComplete;
  /** mysqld_safe's "mysqld ended" with no shutdown sequence: the process died, no report. */
  Long processEnded;
  CrashReport lastCrash;
  final List<Long> crashLines = new ArrayList<>();
  String terminal;
  final long floor;
  final SemaphoreCollector semaphores;

  /** {@code floor}: the last line of the previous lifetime (look-back never goes above it). */
  LifetimeBuilder(long floor, boolean ownSemaphores) {
    this.floor = floor;
    this.semaphores = ownSemaphores ? new SemaphoreCollector() : null;
  }

  /** Start lines of one class belong to one start: mysqld_safe's, and the server's own. */
  static String kindClass(String kind) {
    return "mysqld_safe".equals(kind) ? kind : "server";
  }

  /** The lifetime has seen more than its start lines: a new start line begins another one. */
  boolean busy() {
    return readyLine != null || terminal != null || shutdownBegin != null || !crashLines.isEmpty();
  }

  /** A start line; the first one that names a pid / program gives the lifetime's (mysqld_safe's names neither). */
  void start(long line, Marker m) {
    if (startLine == null) {
      startLine = line;
      startKind = m.startKind();
      started = m.stamp();
    }
    startKinds.add(kindClass(m.startKind()));
    version = version == null ? m.version() : version;
    pid = pid == null ? m.pid() : pid;
    setProgram(m.program());
  }

  void ready(long line, Marker m) {
    readyLine = line;
    if (startLine == null) {
      startLine = line;
      startKind = "ready";
      started = m.stamp();
    }
    setVersion(m.version(), m.text());
    setProgram(m.program());
  }

  private void setProgram(String p) {
    program = program == null ? p : program;
  }

  void setVersion(String v, String c) {
    if (v != null) {
      version = v;
    }
    if (c != null) {
      comment = c;
    }
  }

  void recovery(long line) {
    if (recoveryLine == null) {
      recoveryLine = line;
    }
  }

  void shutdown(long line, boolean complete) {
    if (complete) {
      shutdownComplete = line;
      terminal = "clean-shutdown";
    } else if (shutdownBegin == null) {
      shutdownBegin = line;
    }
  }

  void crash(CrashReport r) {
    lastCrash = r;
    crashLines.add(r.firstLine());
    terminal = "crash";
  }

  /** Ends the lifetime; {@code nextStart} is the first line of the next one, or null at the end of the log. */
  Lifetime close(Long nextStart) {
    String end;
    Long endLine;
    if ("crash".equals(terminal)) {
      end = "crash";
      endLine = lastCrash.lastLine();
    } else if (terminal != null) {
      end = "clean-shutdown";
      endLine = shutdownComplete;
    } else if (processEnded != null) {
      end = "unclean-no-report";
      endLine = processEnded;
    } else if (nextStart == null) {
      end = readyLine != null && shutdownBegin == null ? "running" : "unknown";
      endLine = null;
    } else {
      end = readyLine != null || shutdownBegin != null ? "unclean-no-report" : "unknown";
      endLine = nextStart - 1;
    }
    return new Lifetime(startLine, startKind, readyLine, version, comment, end, endLine, recoveryLine, crashLines, pid, program, started);
  }

  long lastLine() {
    return lastCrash != null && "crash".equals(terminal) ? lastCrash.lastLine()
        : shutdownComplete != null ? shutdownComplete : floor;
  }
}
