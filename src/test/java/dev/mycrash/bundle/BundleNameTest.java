package dev.mycrash.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleNameTest {
  @TempDir Path dir;

  @Test
  void theFirstFreeNameIsTakenAndNothingIsReplaced() throws Exception {
    String n = "mycrash-db1-20261123-114406";
    assertThat(BundleName.free(dir, n)).isEqualTo(n);
    Files.writeString(dir.resolve(n + ".tar.gz"), "first");
    assertThat(BundleName.free(dir, n)).isEqualTo(n + "-2");
    Files.writeString(dir.resolve(n + "-2.tar.gz"), "second");
    Files.writeString(dir.resolve(n + "-4.tar.gz"), "a gap is filled first");
    assertThat(BundleName.free(dir, n)).isEqualTo(n + "-3");
    assertThat(Files.readString(dir.resolve(n + ".tar.gz"))).isEqualTo("first");
  }
}
