package dev.mycrash.elf;

/**
 * One ELF64 section header, with its name resolved from the section-name string table.
 *
 * @param name e.g. {@code .note.gnu.build-id}
 * @param type sh_type, e.g. 7 for SHT_NOTE
 */
public record Section(String name, int type, long addr, long offset, long size) {
  public static final int SIZE = 64;
  public static final int SHT_NOTE = 7;
  public static final int SHT_NOBITS = 8;

  public Section {
    if (name == null) {
      throw new IllegalArgumentException("name is null");
    }
  }
}
