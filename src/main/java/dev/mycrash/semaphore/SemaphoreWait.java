package dev.mycrash.semaphore;

/**
 * One cell of an InnoDB sync-array dump: one thread waiting for one mutex or rw-latch. Built by
 * {@link CellParser} from lines such as (MariaDB 10.5, AzuraCast issue 4019):
 *
 * <pre>
 * 2021-04-15  3:17:06 0 [Warning] InnoDB: A long semaphore wait:
 * --Thread 140013451687680 has waited at btr0cur.cc line 6219 for 244.00 seconds the semaphore:
 * S-lock on RW-latch at 0x7f574c004478 created in file buf0buf.cc line 1221
 * a writer (thread id 140012871993088) has reserved it in mode  exclusive
 * number of readers 0, waiters flag 1, lock_word: 0
 * Last time write locked in file row0row.cc line 1301
 * </pre>
 *
 * <p>Places ("file:line") are reduced to the file's base name, so builds with different source
 * paths compare equal. Thread ids are in {@link ThreadIds#canonical canonical} decimal form.
 *
 * @param line 1-based number of the cell's {@code --Thread} line
 * @param time timestamp of the report header as printed, or null (status dumps, 5.x headers)
 * @param source "warning" (after "A long semaphore wait:"), "status" (SEMAPHORES section of the
 *     InnoDB monitor / SHOW ENGINE INNODB STATUS, or a MariaDB "semaphore wait:" dump)
 * @param thread the waiting thread
 * @param waitedAt "file:line" where it waits
 * @param seconds how long it has waited
 * @param kind "mutex" or "rw-lock", null when the cell was cut before its latch line
 * @param mode requested mode for rw-locks: "S", "X", "SX" or "wait_ex"; null for mutexes
 * @param address latch address as printed ("0x..."), or null
 * @param name latch name when printed ({@code LOCK_SYS}, {@code &kernel_mutex}), or null
 * @param createdAt "file:line" where the latch was created, or null
 * @param holder the writer / "locked by" / "last reserved by" thread, or null
 * @param holderMode the holder's mode as printed ("exclusive", "wait exclusive", "SX"), or null
 * @param readers number of readers, or -1 when not printed
 * @param reader the single reader's thread (MySQL 8 prints it when there is exactly one), or null
 * @param waitersFlag the waiters flag, or -1 when not printed
 * @param lockWord rw-lock lock_word (hex as printed) or mutex "lock var", or null
 * @param lastReadLockedAt "file:line", or null
 * @param lastWriteLockedAt "file:line" (rw-lock write lock, or mutex last reservation), or null
 * @param ended the cell said "wait has ended"
 */
public record SemaphoreWait(
    long line,
    String time,
    String source,
    String thread,
    String waitedAt,
    double seconds,
    String kind,
    String mode,
    String address,
    String name,
    String createdAt,
    String holder,
    String holderMode,
    int readers,
    String reader,
    int waitersFlag,
    String lockWord,
    String lastReadLockedAt,
    String lastWriteLockedAt,
    boolean ended) {

  public static final String WARNING = "warning";
  public static final String STATUS = "status";

  public SemaphoreWait {
    if (line < 1) {
      throw new IllegalArgumentException("line numbers are 1-based: " + line);
    }
    if (thread == null || thread.isEmpty()) {
      throw new IllegalArgumentException("a wait needs its waiting thread");
    }
    if (waitedAt == null || waitedAt.isEmpty()) {
      throw new IllegalArgumentException("a wait needs the place it waits at");
    }
    if (!WARNING.equals(source) && !STATUS.equals(source)) {
      throw new IllegalArgumentException("unknown source: " + source);
    }
    if (seconds < 0 || Double.isNaN(seconds)) {
      throw new IllegalArgumentException("negative wait: " + seconds);
    }
  }

  /** Key that identifies the latch: its name when printed, else address and creation place. */
  public String latchKey() {
    if (name != null) {
      return name;
    }
    if (address == null) {
      return null;
    }
    return createdAt == null ? address : address + "@" + createdAt;
  }

  /** True when the holder is another thread (not the waiter itself in wait-exclusive mode). */
  public boolean heldByOther() {
    return holder != null && !holder.equals(thread);
  }

  /**
   * The printed single reader blocks this wait: an X, SX or wait_ex request waits for readers to
   * leave; an S request does not.
   */
  public boolean blockedByReader() {
    return reader != null && !reader.equals(thread) && mode != null && !mode.equals("S");
  }
}
