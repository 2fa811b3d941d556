package dev.mycrash.errorlog.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.errorlog.Fixtures;
import java.io.ByteArrayOutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;

/** Reading through small windows, each unmapped once read, gives the file's bytes exactly. */
class MappedInputTest {
  @org.junit.jupiter.api.io.TempDir Path tmp;

  @Test
  void windowsOfAFewKilobytesReadTheWholeRealLogFromAnyOffset() throws Exception {
    Path log = Fixtures.path(Fixtures.FULL);
    byte[] expected = Files.readAllBytes(log);
    try (FileChannel ch = FileChannel.open(log, StandardOpenOption.READ)) {
      for (long from : new long[] {0, 1, 4095, 4096, expected.length - 1}) {
        try (MappedInput in = new MappedInput(ch, from, 4096)) {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          byte[] buf = new byte[1000]; // not a divisor of the window: reads end inside and at window ends
          for (int n; (n = in.read(buf, 0, buf.length)) >= 0; ) {
            out.write(buf, 0, n);
          }
          assertThat(in.read(buf, 0, 1)).isEqualTo(-1); // still the end after the last window is gone
          assertThat(out.toByteArray()).isEqualTo(java.util.Arrays.copyOfRange(expected, (int) from, expected.length));
        }
      }
    }
  }

  @Test
  void aWindowReadToItsEndIsNoLongerMapped() throws Exception {
    Path maps = Path.of("/proc/self/maps");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(maps), "needs /proc/self/maps (Linux)");
    Path log = Fixtures.path(Fixtures.FULL).toRealPath();
    try (FileChannel ch = FileChannel.open(log, StandardOpenOption.READ); MappedInput in = new MappedInput(ch, 0, 8192)) {
      byte[] buf = new byte[8192];
      assertThat(in.read(buf, 0, buf.length)).isEqualTo(8192);
      assertThat(in.read(buf, 0, 1)).isEqualTo(1); // the second window is mapped now, the first is gone
      assertThat(Files.readAllLines(maps).stream().filter(l -> l.endsWith(log.toString()))).hasSize(1);
      while (in.read(buf, 0, buf.length) >= 0) {
        // to the end
      }
      assertThat(Files.readAllLines(maps).stream().filter(l -> l.endsWith(log.toString()))).isEmpty();
    }
  }

  @Test
  void aFileTruncatedWhileReadIsAnIoErrorNotACrash() throws Exception {
    // logrotate's copytruncate cuts the error log to 0 bytes under a reader
    Path copy = Files.write(tmp.resolve("error.log"), Files.readAllBytes(Fixtures.path(Fixtures.FULL)));
    try (FileChannel ch = FileChannel.open(copy, StandardOpenOption.READ, StandardOpenOption.WRITE);
        MappedInput in = new MappedInput(ch, 0, 1 << 20)) {
      byte[] buf = new byte[4096];
      assertThat(in.read(buf, 0, buf.length)).isEqualTo(4096); // the whole file is mapped now
      ch.truncate(0);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> in.read(buf, 0, buf.length))
          .isInstanceOf(java.io.IOException.class).hasMessageContaining("truncated while it was read");
    }
  }
}
