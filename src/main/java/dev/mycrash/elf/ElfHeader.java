package dev.mycrash.elf;

import dev.mycrash.BadInputException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * The 64-byte ELF64 file header. Only 64-bit little-endian files are accepted (x86-64, aarch64
 * Linux); anything else is rejected with a one-line reason.
 *
 * <pre>
 * 00: 7f 45 4c 46 02 01 01 00  ...     magic, EI_CLASS=2 (64-bit), EI_DATA=1 (little-endian)
 * 10: 04 00 3e 00 01 00 00 00  ...     e_type=4 (ET_CORE), e_machine=0x3e (x86-64), e_version
 * 18: e_entry  20: e_phoff  28: e_shoff  30: e_flags  34: e_ehsize  36: e_phentsize
 * 38: e_phnum  3a: e_shentsize  3c: e_shnum  3e: e_shstrndx
 * </pre>
 *
 * @param type e_type: 2 executable, 3 shared object or PIE, 4 core
 * @param machine e_machine, e.g. 62 for x86-64, 183 for aarch64
 */
public record ElfHeader(
    int type, int machine, long phoff, int phentsize, int phnum, long shoff, int shentsize, int shnum,
    int shstrndx) {
  public static final int SIZE = 64;
  public static final int ET_EXEC = 2;
  public static final int ET_DYN = 3;
  public static final int ET_CORE = 4;
  public static final int EM_X86_64 = 62;

  public ElfHeader {
    if (phnum > 0 && phentsize < ProgramHeader.SIZE) {
      throw new IllegalArgumentException("program header entries of " + phentsize + " bytes");
    }
  }

  /** Parses the header at the buffer's position; {@code source} names the file in messages. */
  public static ElfHeader parse(ByteBuffer b, String source) {
    if (b.remaining() < 4) {
      throw BadInputException.of(source, "not an ELF file (only " + b.remaining() + " bytes)");
    }
    int p = b.position();
    if (b.get(p) != 0x7f || b.get(p + 1) != 'E' || b.get(p + 2) != 'L' || b.get(p + 3) != 'F') {
      throw BadInputException.of(source, "not an ELF file (no \\x7fELF magic)");
    }
    if (b.remaining() < SIZE) {
      throw BadInputException.of(source, "ELF header cut off (only " + b.remaining() + " bytes)");
    }
    if (b.get(p + 4) != 2) {
      throw BadInputException.of(source, "32-bit ELF is not supported (only ELF64)");
    }
    if (b.get(p + 5) != 1) {
      throw BadInputException.of(source, "big-endian ELF is not supported (only little-endian)");
    }
    ByteBuffer h = b.slice(p, SIZE).order(ByteOrder.LITTLE_ENDIAN);
    try {
      return new ElfHeader(
          Short.toUnsignedInt(h.getShort(0x10)), Short.toUnsignedInt(h.getShort(0x12)),
          h.getLong(0x20), Short.toUnsignedInt(h.getShort(0x36)), Short.toUnsignedInt(h.getShort(0x38)),
          h.getLong(0x28), Short.toUnsignedInt(h.getShort(0x3a)), Short.toUnsignedInt(h.getShort(0x3c)),
          Short.toUnsignedInt(h.getShort(0x3e)));
    } catch (IllegalArgumentException e) {
      throw BadInputException.of(source, "malformed ELF header: " + e.getMessage());
    }
  }

  /** Parses a header from a file start. */
  public static ElfHeader parse(ByteBuffer b, Path source) {
    return parse(b, String.valueOf(source));
  }
}
