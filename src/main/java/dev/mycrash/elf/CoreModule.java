package dev.mycrash.elf;

/**
 * A mapped ELF module (the executable or a shared library) as the core recorded it, with the
 * build-id read from the module's own headers in the core's memory (the first page of every
 * mapped ELF file is dumped because coredump_filter includes ELF headers), like
 * {@code eu-unstrip -n --core}:
 * {@code 0x56433dc7c000+0x21b7000 439da8d9...dc3@0x56433dc7c3a0 . - /usr/sbin/mariadbd}.
 *
 * @param path the mapped path from NT_FILE
 * @param base the address of the module's first mapping (file offset 0)
 * @param buildId lower-case hex, or null when it could not be read
 * @param problem why the build-id is missing (null when it was read)
 */
public record CoreModule(String path, long base, String buildId, String problem) {
  public CoreModule {
    if (path == null) {
      throw new IllegalArgumentException("path is null");
    }
    if ((buildId == null) == (problem == null)) {
      throw new IllegalArgumentException("exactly one of buildId and problem must be given: " + path);
    }
  }
}
