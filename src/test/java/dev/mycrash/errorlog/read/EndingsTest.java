package dev.mycrash.errorlog.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sieve's line-end table and its backward space search, against the plain definitions. */
class EndingsTest {
  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static boolean endsLine(String line) {
    byte[] t = b(line);
    return Endings.match(t, 0, t.length);
  }

  @Test
  void everyEndingIsFoundAndItsNearMissesAreNot() {
    for (String e : Endings.ALL) {
      String line = e.equals(" ...") ? "mysqld (mysqld 5.7.44) starting as process 1 ..." : "2026-11-23 11:43:44 0 [Note] x " + e;
      assertThat(endsLine(line)).as(line).isTrue();
      String near = line.substring(0, line.length() - 5) + "#" + line.substring(line.length() - 4); // same last four bytes
      assertThat(endsLine(near)).as(near).isFalse();
    }
  }

  @Test
  void realLinesThatEndOtherwiseAreNotEndings() {
    assertThat(endsLine("2026-11-23 11:43:44 0 [Note] InnoDB: Using io_uring")).isFalse();
    assertThat(endsLine("2026-11-23 11:43:44 0 [Note] InnoDB: 128 rollback segments are active.")).isFalse();
    assertThat(endsLine("2026-11-23 11:43:44 0 [Note] Server socket created on IP: '127.0.0.1', port: '33061'.")).isFalse();
    assertThat(endsLine("\0\0\0\0")).isFalse(); // an empty slot's key
    assertThat(endsLine("InnoDB: Setting file './ibtmp1' size to 12.000MiB. Please wait ...")).isFalse(); // " ..." without a process number
  }

  @Test
  void lastSpaceAgreesWithAPlainBackwardLoop() {
    Random r = new Random(42);
    byte[] alphabet = b("ab: .\t\0\u00ff1");
    for (int n = 0; n < 20_000; n++) {
      byte[] t = new byte[r.nextInt(40)];
      for (int i = 0; i < t.length; i++) {
        t[i] = alphabet[r.nextInt(alphabet.length)];
      }
      int from = t.length == 0 ? 0 : r.nextInt(t.length + 1);
      int expected = -1;
      for (int i = t.length - 1; i >= from; i--) {
        if (t[i] == ' ') {
          expected = i;
          break;
        }
      }
      assertThat(ByteScan.lastSpace(t, from, t.length)).isEqualTo(expected);
    }
  }
}
