package dev.mycrash.knownbugs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.triage.CrashRecord;
import dev.mycrash.triage.EngineCrashSource;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hangs without a crash report are identified by their latches. The latch names are those of
 * real reports: Percona Server 5.5.23 ({@code src/test/resources/known-bugs/LP-1007268.log}:
 * {@code Mutex at 0x9cbaa48 '&kernel_mutex'}, {@code Mutex at 0xb1b7728 '&buf_pool->mutex'}) and
 * MySQL 8.4.2 ({@code corpus/real/chessdata-38-mysql842-semaphore.log}: {@code Mutex LOG_FILES}).
 */
class HangSignatureTest {
  static CrashFacts hang(String... latches) {
    return new CrashFacts(null, null, null, List.of(), "", List.of(latches));
  }

  static String sha16(String s) throws Exception {
    byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(d, 0, 8);
  }

  @Test
  void latchesAreSortedWithoutQuotesAndAmpersands() throws Exception {
    Signature s = Signatures.of(hang("'&kernel_mutex'", "'&buf_pool->mutex'"));
    assertThat(s.uniqueId()).isEqualTo("HANG|buf_pool->mutex|kernel_mutex");
    assertThat(s.normalized()).isEqualTo(s.uniqueId());
    assertThat(s.hash()).isEqualTo(sha16("HANG|buf_pool->mutex|kernel_mutex"));
    assertThat(s.hang()).isTrue();
    assertThat(s.signal()).isNull();
    assertThat(s.explanation()).singleElement().asString().contains("a hang");
  }

  @Test
  void theOrderOfTheReportsDoesNotChangeTheSignature() {
    assertThat(Signatures.of(hang("LOG_FILES", "LOCK_SYS")).hash())
        .isEqualTo(Signatures.of(hang("LOCK_SYS", "LOG_FILES", "LOCK_SYS")).hash());
  }

  @Test
  void anAddressOnlyLatchIsAddr() {
    // percona-webinar-2018-ps5714: "RW-latch at 0x7f4dde2ea310" without a usable name
    assertThat(Signatures.of(hang("0x7f4dde2ea310", "LOG_FILES")).uniqueId()).isEqualTo("HANG|ADDR|LOG_FILES");
  }

  @Test
  void aCrashWithLatchesKeepsItsCrashSignature() throws Exception {
    // MariaDB 10.11.19 watchdog abort on dict_sys.latch with its report (got signal 6 at line 49, frames after it)
    List<CrashRecord> crashes;
    try (InputStream in = getClass().getResourceAsStream("/semaphore/generated-mariadb1011-semaphore.log")) {
      crashes = new EngineCrashSource().read("semaphore.log", in);
    }
    CrashFacts f = crashes.get(0).facts();
    assertThat(f.latches()).containsExactly("dict_sys.latch");
    assertThat(f.hangOnly()).isFalse();
    Signature s = Signatures.of(f);
    assertThat(s.hang()).isFalse();
    assertThat(s.uniqueId()).startsWith("SIGABRT|");
    assertThat(crashes.get(0).kind()).isEqualTo("crash");
  }

  @Test
  void noLatchesIsNotAHang() {
    assertThat(new CrashFacts(null, null, null, List.of(), "", List.of()).hangOnly()).isFalse();
    assertThat(Signatures.of(new CrashFacts(null, null, List.of())).hang()).isFalse();
  }
}
