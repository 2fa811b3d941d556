package dev.mycrash.gdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * gdb settings for libraries collected under a root that mirrors their absolute paths (e.g.
 * {@code ROOT/usr/lib/x86_64-linux-gnu/libc.so.6}, the core's NT_FILE spelling). gdb asks for each
 * library by the name in the loader's link map, which is often another spelling
 * ({@code /lib/x86_64-linux-gnu/libc.so.6} on merged-usr systems), so the sysroot alone misses
 * them; every directory under the root is also put on {@code solib-search-path}, where gdb looks
 * by file name.
 */
final class CollectedLibraries {
  private static final int MAX_DEPTH = 16;

  private CollectedLibraries() {}

  /** The directories under {@code root} that hold files, sorted. */
  static List<Path> directories(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(root, MAX_DEPTH)) {
      return s.filter(Files::isRegularFile).map(Path::getParent).distinct().sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
