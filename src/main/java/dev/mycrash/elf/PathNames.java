package dev.mycrash.elf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The spellings under which a file may appear in a core: as given, absolute, and real. */
final class PathNames {
  private PathNames() {}

  static List<String> candidates(Path file) {
    List<String> names = new ArrayList<>();
    names.add(file.toString());
    names.add(file.toAbsolutePath().normalize().toString());
    try {
      names.add(file.toRealPath().toString());
    } catch (IOException | SecurityException e) {
      // not on this machine: the given spellings are all we have
    }
    return names;
  }

  /** The real path when the file exists, else the absolute normalised path. */
  static String canonical(String path) {
    Path p = Path.of(path);
    try {
      return p.toRealPath().toString();
    } catch (IOException | SecurityException e) {
      return p.toAbsolutePath().normalize().toString();
    }
  }
}
