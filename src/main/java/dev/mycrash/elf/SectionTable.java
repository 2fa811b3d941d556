package dev.mycrash.elf;

import dev.mycrash.BadInputException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the ELF64 section header table (64-byte entries: {@code sh_name, sh_type, sh_flags,
 * sh_addr, sh_offset, sh_size, ...}) and resolves names through the {@code e_shstrndx} table.
 */
final class SectionTable {
  private static final int MAX_SECTIONS = 1 << 16;
  private static final int MAX_STRTAB = 1 << 20;

  private SectionTable() {}

  static List<Section> read(ElfFile elf) {
    ElfHeader h = elf.header();
    int n = h.shnum();
    if (n == 0 || h.shoff() == 0) {
      return List.of();
    }
    if (n > MAX_SECTIONS || h.shentsize() < Section.SIZE) {
      throw BadInputException.of(elf.path(), "implausible section header table");
    }
    ByteBuffer b = elf.readAt(h.shoff(), n * h.shentsize());
    if (b.remaining() < n * h.shentsize()) {
      throw BadInputException.of(elf.path(), "section headers cut off by the end of the file");
    }
    ByteBuffer names = nameTable(elf, b, h);
    List<Section> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ByteBuffer e = b.slice(i * h.shentsize(), Section.SIZE).order(ByteOrder.LITTLE_ENDIAN);
      list.add(new Section(name(names, e.getInt(0)), e.getInt(4), e.getLong(16), e.getLong(24), e.getLong(32)));
    }
    return List.copyOf(list);
  }

  private static ByteBuffer nameTable(ElfFile elf, ByteBuffer headers, ElfHeader h) {
    if (h.shstrndx() >= h.shnum()) {
      return ByteBuffer.allocate(0);
    }
    ByteBuffer e = headers.slice(h.shstrndx() * h.shentsize(), Section.SIZE).order(ByteOrder.LITTLE_ENDIAN);
    long size = Math.min(e.getLong(32), MAX_STRTAB);
    return elf.readAt(e.getLong(24), (int) size);
  }

  private static String name(ByteBuffer names, int at) {
    if (at < 0 || at >= names.limit()) {
      return "";
    }
    int end = at;
    while (end < names.limit() && names.get(end) != 0) {
      end++;
    }
    byte[] bytes = new byte[end - at];
    names.get(at, bytes);
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
  }
}
