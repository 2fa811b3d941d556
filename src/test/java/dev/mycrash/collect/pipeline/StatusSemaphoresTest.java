package dev.mycrash.collect.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.errorlog.model.Analysis;
import dev.mycrash.semaphore.Blocker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The summary's semaphore line from the server's SHOW ENGINE INNODB STATUS when the log names no
 * blocker. Input: the SEMAPHORES cells of a real MySQL 5.6.30 status (debugease 4455919).
 */
class StatusSemaphoresTest {
  /** The views collect wires, reduced to what this reads: the first blocker of an analysis. */
  private static final Integrations.Analysis FIRST_BLOCKER = new Integrations.Analysis() {
    @Override
    public byte[] json(Analysis a) {
      return new byte[0];
    }

    @Override
    public String semaphoreBlocker(Analysis a) {
      List<Blocker> b = a.semaphoreWaits().blockers();
      return b.isEmpty() ? null : "thread " + b.get(0).thread() + " holds " + String.join(", ", b.get(0).latches());
    }

    @Override
    public List<String> topFrames(Analysis a, int max) {
      return List.of();
    }
  };

  private static Pipeline.Ready ready(String path, byte[] bytes) {
    return new Pipeline.Ready(Item.generated("step", path, () -> bytes), bytes, null, null, false, 0);
  }

  @Test
  void theServersInnodbStatusNamesTheBlocker() throws Exception {
    byte[] status = Files.readAllBytes(Path.of("src/test/resources/semaphore/debugease-4455919-mysql5630-semaphores.txt"));
    List<Pipeline.Ready> ready = List.of(ready("sql/version.txt", "5.6.30\n".getBytes()), ready(StatusSemaphores.PATH, status));
    assertThat(StatusSemaphores.blocker(ready, FIRST_BLOCKER))
        .isEqualTo("thread 140053336614656 holds 0x7f6133d93840 (SHOW ENGINE INNODB STATUS)");
  }

  @Test
  void noStatusOrAQuietOneGivesNothing() throws Exception {
    assertThat(StatusSemaphores.blocker(List.of(ready("sql/version.txt", "5.6.30\n".getBytes())), FIRST_BLOCKER)).isNull();
    byte[] quiet = Files.readAllBytes(Path.of("src/test/resources/semaphore/generated-mariadb1011-show-engine-innodb-status.txt"));
    assertThat(StatusSemaphores.blocker(List.of(ready(StatusSemaphores.PATH, quiet)), FIRST_BLOCKER)).isNull();
  }
}
