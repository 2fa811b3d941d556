package dev.mycrash.elf;

/**
 * One line of {@code ldd} output:
 *
 * <pre>
 *	linux-vdso.so.1 (0x00007ffd6a5f1000)
 *	libpcre2-8.so.0 =&gt; /lib/x86_64-linux-gnu/libpcre2-8.so.0 (0x00007f0c0b1c9000)
 *	/lib64/ld-linux-x86-64.so.2 (0x00007f0c0b2c4000)
 *	libfoo.so.1 =&gt; not found
 * </pre>
 *
 * @param name the soname as requested (or the path, for the loader)
 * @param path the resolved path, or null (vdso, not found)
 */
public record LddEntry(String name, String path) {
  public LddEntry {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("empty name");
    }
  }

  /** True when the loader could not find the library. */
  public boolean notFound() {
    return path == null && !name.startsWith("linux-vdso") && !name.startsWith("linux-gate") && !name.startsWith("/");
  }
}
