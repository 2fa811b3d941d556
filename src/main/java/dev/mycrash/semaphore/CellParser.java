package dev.mycrash.semaphore;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines of one sync-array cell ({@code storage/innobase/sync/sync0arr.cc}
 * {@code sync_array_cell_print}). The first line names the waiter:
 *
 * <pre>
 * --Thread 140013456709376 has waited at lock0lock.cc line 3785 for 244.00 seconds the semaphore:
 * </pre>
 *
 * then one of the latch descriptions, each a real sample:
 *
 * <pre>
 * Mutex at 0x2aaf86fd8068 created file buf0buf.cc line 1381, lock var 1          (5.5/5.6)
 * waiters flag 1
 * Mutex at 0xb1b7728 '&amp;buf_pool-&gt;mutex', lock var 1                          (Percona 5.5, MariaDB 10.0/10.1)
 * Last time reserved by thread 140682140292864 in file not yet reserved line 0, waiters flag 1
 * Mutex at 0x5647f8fbbec0, Mutex LOCK_SYS created /home/.../lock0lock.cc:461, lock var 2   (5.7, MariaDB 10.2-10.5)
 * Mutex at 0x7a5bc482f440, Mutex LOG_FILES created log0log.cc:642, locked by 134534446188096 (8.x)
 * X-lock (wait_ex) on RW-latch at 0x2aaf9005a2c0 created in file buf0buf.cc line 1132
 * a writer (thread id 47097311270656) has reserved it in mode  wait exclusive
 * number of readers 1, waiters flag 1, lock_word: ffffffffffffffff
 * Last time read locked in file btr0cur.cc line 277
 * Last time write locked in file storage/innobase/trx/trx0purge.cc line 1199
 * </pre>
 *
 * <p>MySQL 8 names a single reader ({@code number of readers 1 (thread id N), waiters flag 1,
 * lock_word: ...}) and prints {@code locked by nobody} for a free mutex (read from
 * {@code sync0arr.cc}); debug builds add {@code Last time reserved in file F line N}.
 */
final class CellParser {
  private static final Pattern THREAD = Pattern.compile(
      "^--Thread (\\d+|0x[0-9a-fA-F]+) has waited at (.+?) line (\\d+) for ([0-9.]+) seconds the semaphore:?\\s*$");
  private static final Pattern WAITERS = Pattern.compile("^waiters flag (\\d+)\\s*$");
  private static final Pattern RW = Pattern.compile(
      "^(X-lock \\(wait_ex\\)|X-lock|S-lock|SX-lock) on RW-latch at (\\S+) created in file (.+?) line (\\d+)\\s*$");
  private static final Pattern WRITER = Pattern.compile(
      "^a writer \\(thread id (\\d+)\\) has reserved it in mode\\h+(.+?)\\s*$");
  private static final Pattern READERS = Pattern.compile(
      "^number of readers (\\d+)(?: \\(thread id (\\d+)\\))?, waiters flag (-?\\d+)(?:, lock_word: ([0-9a-fA-F]+))?\\s*$");
  private static final Pattern LOCKED = Pattern.compile(
      "^Last time (read|write) locked in file (.+?) line (\\d+)\\s*$");
  private static final Pattern WRITE_PATH_ONLY = Pattern.compile(
      "^Last time write locked in file (\\S+)\\s*$");
  private static final Pattern PATH_LINE = Pattern.compile("^(\\S+) line (\\d+)\\s*$");

  private CellParser() {}

  /** The cell's first line, or null when {@code text} is not a {@code --Thread} line. */
  static CellBuilder start(long line, String text, String time, String source) {
    if (!text.startsWith("--Thread ")) {
      return null;
    }
    Matcher m = THREAD.matcher(text);
    if (!m.matches()) {
      return null;
    }
    return new CellBuilder(line, time, source, ThreadIds.canonical(m.group(1)),
        Places.of(m.group(2), m.group(3)), Double.parseDouble(m.group(4)));
  }

  /** Applies one continuation line to the cell; false when the line is not part of a cell. */
  static boolean continueWith(CellBuilder cell, String text) {
    if (text.isEmpty()) {
      return false;
    }
    if (cell.wrappedWritePath != null) {
      String start = cell.wrappedWritePath;
      cell.wrappedWritePath = null;
      Matcher m = PATH_LINE.matcher(text);
      if (m.matches()) {
        cell.lastWriteLockedAt = Places.of(start + m.group(1), m.group(2));
        return true;
      }
    }
    switch (text.charAt(0)) {
      case 'M':
        return MutexLines.apply(cell, text);
      case 'X':
      case 'S':
        return rwLatch(cell, text);
      case 'a':
        return writer(cell, text);
      case 'n':
        return readers(cell, text);
      case 'w':
        return waitersOrEnded(cell, text);
      case 'L':
        return lastTime(cell, text);
      default:
        return false;
    }
  }

  private static boolean rwLatch(CellBuilder cell, String text) {
    Matcher m = RW.matcher(text);
    if (!m.matches()) {
      return false;
    }
    cell.kind = "rw-lock";
    cell.mode = switch (m.group(1)) {
      case "X-lock (wait_ex)" -> "wait_ex";
      case "X-lock" -> "X";
      case "SX-lock" -> "SX";
      default -> "S";
    };
    cell.address = m.group(2);
    cell.createdAt = Places.of(m.group(3), m.group(4));
    return true;
  }

  private static boolean writer(CellBuilder cell, String text) {
    Matcher m = WRITER.matcher(text);
    if (!m.matches()) {
      return false;
    }
    cell.holder = ThreadIds.canonical(m.group(1));
    cell.holderMode = m.group(2);
    return true;
  }

  private static boolean readers(CellBuilder cell, String text) {
    Matcher m = READERS.matcher(text);
    if (!m.matches()) {
      return false;
    }
    cell.readers = Integer.parseInt(m.group(1));
    cell.reader = ThreadIds.canonical(m.group(2));
    cell.waitersFlag = Integer.parseInt(m.group(3));
    if (m.group(4) != null) {
      cell.lockWord = m.group(4);
    }
    return true;
  }

  private static boolean waitersOrEnded(CellBuilder cell, String text) {
    if (text.startsWith("wait has ended")) {
      cell.ended = true;
      return true;
    }
    Matcher m = WAITERS.matcher(text);
    if (!m.matches()) {
      return false;
    }
    cell.waitersFlag = Integer.parseInt(m.group(1));
    return true;
  }

  private static boolean lastTime(CellBuilder cell, String text) {
    Matcher m = LOCKED.matcher(text);
    if (m.matches()) {
      String place = Places.of(m.group(2), m.group(3));
      if (m.group(1).equals("read")) {
        cell.lastReadLockedAt = place;
      } else {
        cell.lastWriteLockedAt = place;
      }
      return true;
    }
    if (MutexLines.reserved(cell, text)) {
      return true;
    }
    m = WRITE_PATH_ONLY.matcher(text);
    if (m.matches()) {
      cell.wrappedWritePath = m.group(1);
      return true;
    }
    return false;
  }
}
