package dev.mycrash.semaphore;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mutex lines of a sync-array cell, one real sample per shape:
 *
 * <pre>
 * Mutex at 0x2aaf86fd8068 created file buf0buf.cc line 1381, lock var 1                  (5.5/5.6)
 * Mutex at 0xb1b7728 '&amp;buf_pool-&gt;mutex', lock var 1                                  (Percona 5.5, MariaDB 10.0/10.1)
 * Mutex at 0x5647f8fbbec0, Mutex LOCK_SYS created /home/.../lock0lock.cc:461, lock var 2  (5.7, MariaDB 10.2-10.5)
 * Mutex at 0x7a5bc482f440, Mutex LOG_FILES created log0log.cc:642, locked by 134534446188096 (8.x)
 * Last time reserved by thread 140682140292864 in file not yet reserved line 0, waiters flag 1 (MariaDB 10.0/10.1)
 * </pre>
 */
final class MutexLines {
  private static final Pattern NAMED_CREATED = Pattern.compile(
      "^Mutex at (\\S+?),? Mutex (\\S+) created (\\S+?)(?:, lock var (\\S+?))?(?:, locked by (\\S+?))?\\s*$");
  private static final Pattern CREATED_FILE = Pattern.compile(
      "^Mutex at (\\S+) created file (.+?) line (\\d+), lock var (\\S+?)\\s*$");
  private static final Pattern QUOTED = Pattern.compile("^Mutex at (\\S+) '([^']*)', lock var (\\S+?)\\s*$");
  private static final Pattern RESERVED = Pattern.compile(
      "^Last time reserved (?:by thread (\\d+) )?in file (.+?) line (\\d+)(?:, waiters flag (\\d+))?\\s*$");

  private MutexLines() {}

  /** A "Mutex at" line; false when the line has none of the known shapes. */
  static boolean apply(CellBuilder cell, String text) {
    if (!text.startsWith("Mutex at ")) {
      return false;
    }
    Matcher m = NAMED_CREATED.matcher(text);
    if (m.matches()) {
      set(cell, m.group(1), m.group(2), Places.ofJoined(m.group(3)), m.group(4));
      if (m.group(5) != null && !m.group(5).equals("nobody")) {
        cell.holder = ThreadIds.canonical(m.group(5));
      }
      return true;
    }
    m = CREATED_FILE.matcher(text);
    if (m.matches()) {
      set(cell, m.group(1), null, Places.of(m.group(2), m.group(3)), m.group(4));
      return true;
    }
    m = QUOTED.matcher(text);
    if (m.matches()) {
      set(cell, m.group(1), m.group(2), null, m.group(3));
      return true;
    }
    return false;
  }

  /**
   * "Last time reserved ..." of a mutex cell. MariaDB 10.0/10.1 name the last reserver; while
   * the lock var is set it is the holder. "not yet reserved" and debug builds' "NULL" are no place.
   */
  static boolean reserved(CellBuilder cell, String text) {
    Matcher m = RESERVED.matcher(text);
    if (!m.matches()) {
      return false;
    }
    if (m.group(4) != null) {
      cell.waitersFlag = Integer.parseInt(m.group(4));
    }
    String file = m.group(2);
    if (!file.equals("not yet reserved") && !file.equals("NULL")) {
      cell.lastWriteLockedAt = Places.of(file, m.group(3));
    }
    if (m.group(1) != null && !"0".equals(cell.lockWord)) {
      cell.holder = ThreadIds.canonical(m.group(1));
    }
    return true;
  }

  private static void set(CellBuilder cell, String address, String name, String createdAt, String lockVar) {
    cell.kind = "mutex";
    cell.address = address;
    cell.name = name;
    cell.createdAt = createdAt;
    cell.lockWord = lockVar;
  }
}
