package dev.mycrash.semaphore;

/** Collects the lines of one sync-array cell until the cell ends; then {@link #build}. */
final class CellBuilder {
  final long line;
  final String time;
  final String source;
  final String thread;
  final String waitedAt;
  final double seconds;
  String kind;
  String mode;
  String address;
  String name;
  String createdAt;
  String holder;
  String holderMode;
  int readers = -1;
  String reader;
  int waitersFlag = -1;
  String lockWord;
  String lastReadLockedAt;
  String lastWriteLockedAt;
  boolean ended;
  /** Start of a "Last time write locked in file" path that a copy/paste wrapped onto the next line. */
  String wrappedWritePath;

  CellBuilder(long line, String time, String source, String thread, String waitedAt, double seconds) {
    this.line = line;
    this.time = time;
    this.source = source;
    this.thread = thread;
    this.waitedAt = waitedAt;
    this.seconds = seconds;
  }

  SemaphoreWait build() {
    return new SemaphoreWait(
        line, time, source, thread, waitedAt, seconds, kind, mode, address, name, createdAt, holder,
        holderMode, readers, reader, waitersFlag, lockWord, lastReadLockedAt, lastWriteLockedAt, ended);
  }
}
