package dev.mycrash.semaphore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.errorlog.LogLine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chains and rings. No published log in the corpus shows a latch deadlock ring, so the ring is
 * built from the real azuracast cell lines with the writer id swapped in, one cell per thread.
 */
class WaitForGraphTest {

  private static List<LogLine> cells(String... threadLatchWriter) {
    List<LogLine> lines = new ArrayList<>();
    for (String spec : threadLatchWriter) {
      String[] p = spec.split(" ");
      int n = lines.size();
      lines.add(new LogLine(n + 1, "2021-04-15  3:17:06 0 [Warning] InnoDB: A long semaphore wait:"));
      lines.add(new LogLine(n + 2, "--Thread " + p[0] + " has waited at btr0cur.cc line 6219 for 244.00 seconds the semaphore:"));
      lines.add(new LogLine(n + 3, "S-lock on RW-latch at " + p[1] + " created in file buf0buf.cc line 1221"));
      lines.add(new LogLine(n + 4, "a writer (thread id " + p[2] + ") has reserved it in mode  exclusive"));
      lines.add(new LogLine(n + 5, "number of readers 0, waiters flag 1, lock_word: 0"));
    }
    return lines;
  }

  @Test
  void chainEndsAtTheHolderThatIsNotWaitingAndCountsEveryoneBehindIt() {
    // 1 waits for 2, 2 waits for 3, 4 waits for 3: 3 blocks 1, 2 and 4
    SemaphoreSummary s = Fixtures.collect(cells("1 0xa 2", "2 0xb 3", "4 0xb 3"));
    assertThat(s.blockers()).singleElement().satisfies(b -> {
      assertThat(b.thread()).isEqualTo("3");
      assertThat(b.latches()).containsExactly("0xb");
      assertThat(b.waiters()).isEqualTo(3);
      assertThat(b.blockedThreads()).containsExactlyInAnyOrder("1", "2", "4");
    });
    assertThat(s.cycles()).isEmpty();
  }

  @Test
  void ringOfHoldersIsACycleWithNoBlocker() {
    SemaphoreSummary s = Fixtures.collect(cells("1 0xa 2", "2 0xb 3", "3 0xc 1", "4 0xa 2"));
    assertThat(s.blockers()).isEmpty();
    assertThat(s.cycles()).containsExactly(List.of("1", "2", "3"));
  }

  @Test
  void selfReservedWaitExclusiveIsNoCycle() {
    SemaphoreSummary s = Fixtures.collect(cells("7 0xa 7"));
    assertThat(s.cycles()).isEmpty();
    assertThat(s.blockers()).isEmpty();
  }

  @Test
  void singleReaderNamedByMysql8IsTheBlockerOfAWaitExclusiveWriter() {
    // shape from mysql-server sync0arr.cc; thread ids and places from iter01-643196 (MySQL 8.0)
    List<LogLine> lines = List.of(
        new LogLine(1, "2021-11-19T14:52:21.671328+08:00 0 [Warning] [MY-012985] [InnoDB] A long semaphore wait:"),
        new LogLine(2, "--Thread 139928049043200 has waited at btr0cur.cc line 233 for 784 seconds the semaphore:"),
        new LogLine(3, "X-lock (wait_ex) on RW-latch at 0x7f439b4df988 created in file buf0buf.cc line 781"),
        new LogLine(4, "a writer (thread id 139928049043200) has reserved it in mode wait exclusive"),
        new LogLine(5, "number of readers 1 (thread id 139932014196480), waiters flag 1, lock_word: ffffffffffffffff"),
        new LogLine(6, "Last time read locked in file btr0cur.cc line 233"),
        new LogLine(7, "Last time write locked in file buf0flu.cc line 1357"));
    SemaphoreSummary s = Fixtures.collect(lines);
    assertThat(s.blockers()).containsExactly(new Blocker("139932014196480", List.of("0x7f439b4df988"), "shared",
        "btr0cur.cc:233", 1, List.of("139928049043200")));
  }
}
