package dev.mycrash.elf;

/**
 * One file-backed mapping from a core's NT_FILE note, as {@code eu-readelf -n} prints it:
 * {@code 56433dc7c000-56433e2fe000 00000000 6823936 /usr/sbin/mariadbd}.
 *
 * @param start first address of the mapping
 * @param end address one past the mapping
 * @param fileOffset offset in the file, in bytes
 * @param path the path the process had mapped (real path; may be {@code anon_inode:[io_uring]}
 *     or end in {@code " (deleted)"})
 */
public record MappedFile(long start, long end, long fileOffset, String path) {
  public MappedFile {
    if (path == null || path.isEmpty()) {
      throw new IllegalArgumentException("empty path");
    }
    if (Long.compareUnsigned(end, start) < 0) {
      throw new IllegalArgumentException("mapping ends before it starts: " + path);
    }
  }

  /** True for a path on a file system (not anon_inode:, memfd:, [vdso]...). */
  public boolean isRegularPath() {
    return path.startsWith("/");
  }
}
