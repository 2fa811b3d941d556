package dev.mycrash.bundle;

/** Told how far a large file's copy into the bundle has got (for a progress bar). */
@FunctionalInterface
public interface CopyListener {
  /** {@code done} of {@code total} bytes of {@code path} (logical bytes, holes included). */
  void copied(String path, long done, long total);

  CopyListener NONE = (p, d, t) -> {};

  /** Progress of one copy. */
  @FunctionalInterface
  interface Bytes {
    void at(long done, long total);
  }
}
