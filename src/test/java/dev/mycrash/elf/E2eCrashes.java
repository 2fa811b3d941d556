package dev.mycrash.elf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the real crashes made by src/test/e2e/*.sh are: {@code $MYCRASH_E2E_DIR/crashes/NAME/}
 * (core, error.log, info.env). Tests tagged {@code real-server} run only with {@code -Pe2e}, after
 * the scripts ran; a missing directory there is a setup error and fails the test loudly.
 */
public final class E2eCrashes {
  public static final String ENV = "MYCRASH_E2E_DIR";

  private E2eCrashes() {}

  public static Path crash(String name) {
    String dir = System.getenv(ENV);
    assertThat(dir).as(ENV + " must name the directory given to src/test/e2e/crash-*.sh").isNotBlank();
    Path crash = Path.of(dir, "crashes", name);
    assertThat(crash.resolve("core")).as("run src/test/e2e/ scripts first (see its README)").exists();
    return crash;
  }

  public static Path core(String name) {
    return crash(name).resolve("core");
  }

  public static Path pluginDir() {
    return Path.of(System.getenv(ENV), "plugin");
  }

  public static boolean exists(String name) {
    String dir = System.getenv(ENV);
    return dir != null && Files.exists(Path.of(dir, "crashes", name, "core"));
  }
}
