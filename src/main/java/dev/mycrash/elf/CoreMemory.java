package dev.mycrash.elf;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;

/**
 * The process memory a core holds: its PT_LOAD segments, each mapping {@code [vaddr, vaddr +
 * filesz)} to file bytes at {@code offset}. Memory the kernel did not dump ({@code filesz} smaller
 * than {@code memsz}) and memory past the end of a truncated file read as absent.
 */
final class CoreMemory {
  private final ElfFile core;
  private final List<ProgramHeader> loads;

  CoreMemory(ElfFile core) {
    this.core = core;
    this.loads = core.programHeaders().stream().filter(p -> p.type() == ProgramHeader.PT_LOAD).toList();
  }

  /** {@code length} bytes at virtual address {@code vaddr}, if all of them are in the file. */
  Optional<ByteBuffer> read(long vaddr, int length) {
    for (ProgramHeader p : loads) {
      if (p.holds(vaddr, length)) {
        long at = p.offset() + (vaddr - p.vaddr());
        if (at + length > core.size()) {
          return Optional.empty();
        }
        ByteBuffer b = core.readAt(at, length);
        return b.remaining() == length ? Optional.of(b) : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
