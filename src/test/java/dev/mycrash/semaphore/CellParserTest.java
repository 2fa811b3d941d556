package dev.mycrash.semaphore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per cell variant; every line is copied from a fixture named in the test. */
class CellParserTest {

  private static SemaphoreWait cell(String... lines) {
    CellBuilder b = CellParser.start(7, lines[0], "t", SemaphoreWait.WARNING);
    assertThat(b).as("first line starts a cell").isNotNull();
    for (int i = 1; i < lines.length; i++) {
      assertThat(CellParser.continueWith(b, lines[i])).as("line %d belongs to the cell", i).isTrue();
    }
    return b.build();
  }

  @Test
  void mariadb105NamedMutexWithFullCreationPath() { // azuracast-4019
    SemaphoreWait w = cell(
        "--Thread 140013456709376 has waited at lock0lock.cc line 3785 for 244.00 seconds the semaphore:",
        "Mutex at 0x5647f8fbbec0, Mutex LOCK_SYS created /home/buildbot/buildbot/build/mariadb-10.5.9/storage/innobase/lock/lock0lock.cc:461, lock var 2");
    assertThat(w.line()).isEqualTo(7);
    assertThat(w.thread()).isEqualTo("140013456709376");
    assertThat(w.waitedAt()).isEqualTo("lock0lock.cc:3785");
    assertThat(w.seconds()).isEqualTo(244.0);
    assertThat(w.kind()).isEqualTo("mutex");
    assertThat(w.mode()).isNull();
    assertThat(w.address()).isEqualTo("0x5647f8fbbec0");
    assertThat(w.name()).isEqualTo("LOCK_SYS");
    assertThat(w.createdAt()).isEqualTo("lock0lock.cc:461");
    assertThat(w.lockWord()).isEqualTo("2");
    assertThat(w.holder()).isNull();
    assertThat(w.latchKey()).isEqualTo("LOCK_SYS");
  }

  @Test
  void mysql84MutexLockedByHolderWithIntegerSeconds() { // chessdata-38
    SemaphoreWait w = cell(
        "--Thread 134534324553280 has waited at log0meb.cc line 1783 for 7988 seconds the semaphore:",
        "Mutex at 0x7a5bc482f440, Mutex LOG_FILES created log0log.cc:642, locked by 134534446188096");
    assertThat(w.seconds()).isEqualTo(7988.0);
    assertThat(w.name()).isEqualTo("LOG_FILES");
    assertThat(w.createdAt()).isEqualTo("log0log.cc:642");
    assertThat(w.holder()).isEqualTo("134534446188096");
    assertThat(w.heldByOther()).isTrue();
  }

  @Test
  void sharedLockOnRwLatchWithExclusiveWriter() { // azuracast-4019, the double space of "mode  exclusive"
    SemaphoreWait w = cell(
        "--Thread 140013451687680 has waited at btr0cur.cc line 6219 for 244.00 seconds the semaphore:",
        "S-lock on RW-latch at 0x7f574c004478 created in file buf0buf.cc line 1221",
        "a writer (thread id 140012871993088) has reserved it in mode  exclusive",
        "number of readers 0, waiters flag 1, lock_word: 0",
        "Last time write locked in file row0row.cc line 1301");
    assertThat(w.kind()).isEqualTo("rw-lock");
    assertThat(w.mode()).isEqualTo("S");
    assertThat(w.address()).isEqualTo("0x7f574c004478");
    assertThat(w.name()).isNull();
    assertThat(w.createdAt()).isEqualTo("buf0buf.cc:1221");
    assertThat(w.holder()).isEqualTo("140012871993088");
    assertThat(w.holderMode()).isEqualTo("exclusive");
    assertThat(w.readers()).isZero();
    assertThat(w.waitersFlag()).isEqualTo(1);
    assertThat(w.lockWord()).isEqualTo("0");
    assertThat(w.lastWriteLockedAt()).isEqualTo("row0row.cc:1301");
    assertThat(w.lastReadLockedAt()).isNull();
    assertThat(w.latchKey()).isEqualTo("0x7f574c004478@buf0buf.cc:1221");
  }

  @Test
  void waitExclusiveReservedByTheWaiterItself() { // bug74003, full path on the write-lock line
    SemaphoreWait w = cell(
        "--Thread 47097283892992 has waited at srv0srv.cc line 2651 for 0.00 seconds the semaphore:",
        "X-lock (wait_ex) on RW-latch at 0x2aaf86c28e78 created in file trx0purge.cc line 128",
        "a writer (thread id 47097283892992) has reserved it in mode  wait exclusive",
        "number of readers 1, waiters flag 0, lock_word: ffffffffffffffff",
        "Last time read locked in file trx0rec.cc line 1457",
        "Last time write locked in file storage/innobase/trx/trx0purge.cc line 1199");
    assertThat(w.mode()).isEqualTo("wait_ex");
    assertThat(w.holderMode()).isEqualTo("wait exclusive");
    assertThat(w.heldByOther()).isFalse();
    assertThat(w.readers()).isEqualTo(1);
    assertThat(w.lockWord()).isEqualTo("ffffffffffffffff");
    assertThat(w.lastReadLockedAt()).isEqualTo("trx0rec.cc:1457");
    assertThat(w.lastWriteLockedAt()).isEqualTo("trx0purge.cc:1199");
  }

  @Test
  void mysql56MutexWithWaitersFlagOnItsOwnLine() { // bug74003
    SemaphoreWait w = cell(
        "--Thread 47094253504256 has waited at buf0buf.cc line 4340 for 0.00 seconds the semaphore:",
        "Mutex at 0x2aaf86fd8068 created file buf0buf.cc line 1381, lock var 1",
        "waiters flag 1");
    assertThat(w.kind()).isEqualTo("mutex");
    assertThat(w.name()).isNull();
    assertThat(w.createdAt()).isEqualTo("buf0buf.cc:1381");
    assertThat(w.lockWord()).isEqualTo("1");
    assertThat(w.waitersFlag()).isEqualTo(1);
    assertThat(w.latchKey()).isEqualTo("0x2aaf86fd8068@buf0buf.cc:1381");
  }

  @Test
  void percona55QuotedMutexName() { // launchpad-1007268
    SemaphoreWait w = cell(
        "--Thread 1322592576 has waited at trx0trx.c line 441 for 271.00 seconds the semaphore:",
        "Mutex at 0x9cbaa48 '&kernel_mutex', lock var 1",
        "waiters flag 1");
    assertThat(w.name()).isEqualTo("&kernel_mutex");
    assertThat(w.createdAt()).isNull();
    assertThat(w.waitedAt()).isEqualTo("trx0trx.c:441");
  }

  @Test
  void mariadb10LastReservedByThreadIsTheHolderWhileLocked() { // moby-30682
    SemaphoreWait w = cell(
        "--Thread 140682043827968 has waited at buf0flu.cc line 1869 for 241.00 seconds the semaphore:",
        "Mutex at 0x7ff341085d30 '&buf_pool->flush_state_mutex', lock var 1",
        "Last time reserved by thread 140682140292864 in file not yet reserved line 0, waiters flag 1");
    assertThat(w.name()).isEqualTo("&buf_pool->flush_state_mutex");
    assertThat(w.holder()).isEqualTo("140682140292864");
    assertThat(w.lastWriteLockedAt()).as("'not yet reserved' is no place").isNull();
    assertThat(w.waitersFlag()).isEqualTo(1);
  }

  @Test
  void altenteeRelativeIncludePathAndNoBreakSpaceAfterMode() { // altentee 2010, as the blog has it
    SemaphoreWait w = cell(
        "--Thread 46912644213072 has waited at ./../include/trx0sys.ic line 101 for 241.00 seconds the semaphore:",
        "X-lock on RW-latch at 0x2aaaaf01cc08 created in file buf0buf.c line 497",
        "a writer (thread id 46912644213072) has reserved it in mode\u00a0 wait exclusive");
    assertThat(w.holderMode()).isEqualTo("wait exclusive");
    assertThat(w.waitedAt()).isEqualTo("trx0sys.ic:101");
    assertThat(w.mode()).isEqualTo("X");
    assertThat(w.createdAt()).isEqualTo("buf0buf.c:497");
  }

  @Test
  void pathWrappedOntoTheNextLineByABlogIsJoined() { // percona-webinar-2018
    SemaphoreWait w = cell(
        "--Thread 139970010412800 has waited at ibuf0ibuf.cc line 3454 for 321.00 seconds the semaphore:",
        "S-lock on RW-latch at 0x7f4dde2ea310 created in file buf0buf.cc line 1453",
        "a writer (thread id 139965530261248) has reserved it in mode exclusive",
        "number of readers 0, waiters flag 1, lock_word: fffffffff0000000",
        "Last time read locked in file ibuf0ibuf.cc line 3454",
        "Last time write locked in file /mnt/workspace/percona-server-5.7-binaries-release/label_exp/",
        "debian-wheezy-x64/percona-server-5.7.14-8/storage/innobase/btr/btr0btr.cc line 177");
    assertThat(w.holderMode()).as("one space after 'mode' as the page shows it").isEqualTo("exclusive");
    assertThat(w.lastWriteLockedAt()).isEqualTo("btr0btr.cc:177");
  }

  @Test
  void linesOutsideTheCellFormatEndTheCell() {
    CellBuilder b = CellParser.start(1,
        "--Thread 140406840436480 has waited at fts0fts.cc line 3622 for 288.00 seconds the semaphore:",
        null, SemaphoreWait.WARNING);
    assertThat(CellParser.continueWith(b, "")).isFalse();
    assertThat(CellParser.continueWith(b, "OS WAIT ARRAY INFO: reservation count 456")).isFalse();
    assertThat(CellParser.continueWith(b, "InnoDB: ###### Starts InnoDB Monitor for 30 secs to print diagnostic info:")).isFalse();
    assertThat(CellParser.continueWith(b,
        "2016-12-12T10:52:28.576737Z 0 [Warning] InnoDB: A long semaphore wait:")).isFalse();
    assertThat(b.build().kind()).isNull();
  }

  @Test
  void notACellStart() {
    assertThat(CellParser.start(1, "-------------", null, SemaphoreWait.STATUS)).isNull();
    assertThat(CellParser.start(1, "---TRANSACTION 40, ACTIVE 9 sec", null, SemaphoreWait.STATUS)).isNull();
  }

  // The next three shapes were read from mysql-server storage/innobase/sync/sync0arr.cc (8.0/8.4
  // sync_array_mutex_print, sync_array_cell_print); no published log in reach shows them, so the
  // values come from the real cells above.

  @Test
  void mysql8MutexLockedByNobodyHasNoHolder() {
    SemaphoreWait w = cell(
        "--Thread 134534324553280 has waited at log0meb.cc line 1783 for 7988 seconds the semaphore:",
        "Mutex at 0x7a5bc482f440, Mutex LOG_FILES created log0log.cc:642, locked by nobody");
    assertThat(w.name()).isEqualTo("LOG_FILES");
    assertThat(w.holder()).isNull();
  }

  @Test
  void mysql8SingleReaderIsNamedAndBlocksAWaitExclusiveRequest() {
    SemaphoreWait w = cell(
        "--Thread 139928049043200 has waited at btr0cur.cc line 233 for 784 seconds the semaphore:",
        "X-lock (wait_ex) on RW-latch at 0x7f439b4df988 created in file buf0buf.cc line 781",
        "a writer (thread id 139928049043200) has reserved it in mode wait exclusive",
        "number of readers 1 (thread id 139932014196480), waiters flag 1, lock_word: ffffffffffffffff",
        "Last time read locked in file btr0cur.cc line 233",
        "Last time write locked in file buf0flu.cc line 1357");
    assertThat(w.readers()).isEqualTo(1);
    assertThat(w.reader()).isEqualTo("139932014196480");
    assertThat(w.heldByOther()).isFalse();
    assertThat(w.blockedByReader()).isTrue();
  }

  @Test
  void debugBuildMutexNamesWhereItWasLastReserved() {
    SemaphoreWait w = cell(
        "--Thread 140013456709376 has waited at lock0lock.cc line 3785 for 244.00 seconds the semaphore:",
        "Mutex at 0x5647f8fbbec0, Mutex LOCK_SYS created lock0lock.cc:461, lock var 2",
        "Last time reserved in file lock0lock.cc line 3785");
    assertThat(w.lastWriteLockedAt()).isEqualTo("lock0lock.cc:3785");
    assertThat(w.waitersFlag()).isEqualTo(-1);
  }
}
