package dev.mycrash.bundle;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The data regions of a (sparse) file, found with {@code lseek(SEEK_DATA / SEEK_HOLE)}: a core of
 * 350 MB apparent size has about 57 MB of data, the rest are holes that read as zeros. When the
 * call is not available (not Linux, JNA missing, a file system without hole reporting) the whole
 * file is one region.
 */
final class DataRegions {
  private static final int O_RDONLY = 0;
  private static final int SEEK_DATA = 3;
  private static final int SEEK_HOLE = 4;
  private static final int ENXIO = 6;

  /** A region {@code [start, end)} holding data. */
  record Region(long start, long end) {
    Region {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad region " + start + ".." + end);
      }
    }
  }

  interface LibC extends Library {
    int open(String path, int flags);

    long lseek(int fd, long offset, int whence);

    int close(int fd);
  }

  private static final LibC LIBC = load();

  private DataRegions() {}

  private static LibC load() {
    try {
      return System.getProperty("os.name", "").startsWith("Linux") ? Native.load("c", LibC.class) : null;
    } catch (Throwable e) {
      return null;
    }
  }

  /** The data regions of the first {@code size} bytes of {@code file}, in order. */
  static List<Region> of(Path file, long size) {
    List<Region> whole = size == 0 ? List.of() : List.of(new Region(0, size));
    if (LIBC == null || size == 0) {
      return whole;
    }
    int fd = LIBC.open(file.toString(), O_RDONLY);
    if (fd < 0) {
      return whole;
    }
    try {
      List<Region> out = new ArrayList<>();
      long pos = 0;
      while (pos < size) {
        long data = LIBC.lseek(fd, pos, SEEK_DATA);
        if (data < 0 && Native.getLastError() != ENXIO) {
          return whole; // EINVAL: no hole reporting here
        }
        if (data < 0 || data >= size) {
          break; // ENXIO: only a hole remains
        }
        long hole = LIBC.lseek(fd, data, SEEK_HOLE);
        if (hole < 0) {
          return whole;
        }
        out.add(new Region(data, Math.min(hole, size)));
        pos = hole;
      }
      return out;
    } finally {
      LIBC.close(fd);
    }
  }
}
