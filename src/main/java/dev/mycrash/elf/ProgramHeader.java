package dev.mycrash.elf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One ELF64 program header (56 bytes): {@code p_type, p_flags, p_offset, p_vaddr, p_paddr,
 * p_filesz, p_memsz, p_align}. In a core, each PT_LOAD is one dumped memory range: {@code filesz}
 * bytes of it are in the file at {@code offset} (0 when the kernel did not dump it), {@code memsz}
 * is the size of the mapping.
 */
public record ProgramHeader(int type, int flags, long offset, long vaddr, long filesz, long memsz, long align) {
  public static final int SIZE = 56;
  public static final int PT_LOAD = 1;
  public static final int PT_NOTE = 4;

  public ProgramHeader {
    if (offset < 0 || filesz < 0 || memsz < 0) {
      throw new IllegalArgumentException("negative offset or size in a program header");
    }
  }

  /** Parses the entry at {@code at} in {@code b} (absolute index, little-endian). */
  public static ProgramHeader parse(ByteBuffer b, int at) {
    ByteBuffer h = b.slice(at, SIZE).order(ByteOrder.LITTLE_ENDIAN);
    return new ProgramHeader(
        h.getInt(0), h.getInt(4), h.getLong(8), h.getLong(16), h.getLong(32), h.getLong(40), h.getLong(48));
  }

  /** The file offset one past this segment's bytes in the file. */
  public long fileEnd() {
    return offset + filesz;
  }

  /** True if {@code [addr, addr + len)} lies in this segment's dumped bytes. */
  public boolean holds(long addr, long len) {
    return Long.compareUnsigned(addr, vaddr) >= 0 && addr - vaddr + len <= filesz;
  }
}
