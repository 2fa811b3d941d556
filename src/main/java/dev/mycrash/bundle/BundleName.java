package dev.mycrash.bundle;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The name of a new bundle in a directory: {@code NAME} ({@code NAME.tar.gz}, top directory
 * {@code NAME/}), or {@code NAME-2}, {@code NAME-3} ... when an earlier run for the same crash left
 * its bundle there: a second collect (say, after installing debug symbols) adds a bundle and
 * never replaces one. {@link BundleWriter} still refuses an existing file, should one appear.
 */
public final class BundleName {
  private static final int MAX = 999;

  private BundleName() {}

  /** The first of NAME, NAME-2 ... NAME-999 with no {@code .tar.gz} in {@code dir}; NAME-999 when all are taken. */
  public static String free(Path dir, String name) {
    for (int n = 1; n < MAX; n++) {
      String candidate = n == 1 ? name : name + "-" + n;
      if (!Files.exists(dir.resolve(candidate + ".tar.gz"))) {
        return candidate;
      }
    }
    return name + "-" + MAX;
  }
}
