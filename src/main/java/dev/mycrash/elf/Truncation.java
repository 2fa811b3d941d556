package dev.mycrash.elf;

import java.util.List;

/**
 * Whether a core file is complete: every PT_LOAD and PT_NOTE segment must end within the file.
 * A core cut short (disk full, a size limit, a copy interrupted) has segments that end past it;
 * gdb then shows garbage or nothing for those addresses.
 *
 * @param fileSize the file's (apparent) size
 * @param requiredSize the end of the last segment's bytes
 */
public record Truncation(long fileSize, long requiredSize) {
  public Truncation {
    if (fileSize < 0 || requiredSize < 0) {
      throw new IllegalArgumentException("negative size");
    }
  }

  public boolean truncated() {
    return requiredSize > fileSize;
  }

  /** Bytes missing at the end, 0 for a complete core. */
  public long missingBytes() {
    return Math.max(0, requiredSize - fileSize);
  }

  static Truncation of(long fileSize, List<ProgramHeader> headers) {
    long need = 0;
    for (ProgramHeader p : headers) {
      if (p.filesz() > 0) {
        need = Math.max(need, p.fileEnd());
      }
    }
    return new Truncation(fileSize, need);
  }
}
