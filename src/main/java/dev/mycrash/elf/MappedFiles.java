package dev.mycrash.elf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A core's NT_FILE note: every file the process had mapped, dlopen'ed plugins included. Layout
 * (64-bit): {@code count}, {@code page_size}, then {@code count} triples {@code (start, end,
 * file_ofs)} where file_ofs is in pages, then {@code count} NUL-terminated paths.
 *
 * <pre>
 *     113 files:
 *       56433dc7c000-56433e2fe000 00000000 6823936     /usr/sbin/mariadbd
 *       7f22acd6f000-7f22acd70000 00000000 4096        /usr/lib/mysql/plugin/crash_udf.so
 * </pre>
 */
public record MappedFiles(long pageSize, List<MappedFile> mappings) {
  public MappedFiles {
    mappings = List.copyOf(mappings);
  }

  public static final MappedFiles NONE = new MappedFiles(0, List.of());

  /** Distinct paths in the order of first mapping. */
  public List<String> paths() {
    LinkedHashSet<String> set = new LinkedHashSet<>();
    mappings.forEach(m -> set.add(m.path()));
    return List.copyOf(set);
  }

  static MappedFiles parse(ElfNote note) {
    ByteBuffer b = note.descBuffer();
    long count = b.getLong(0);
    long pageSize = b.getLong(8);
    if (count < 0 || 16 + count * 24 > b.limit()) {
      throw new IllegalArgumentException("NT_FILE claims " + count + " entries in " + b.limit() + " bytes");
    }
    int names = (int) (16 + count * 24);
    List<MappedFile> list = new ArrayList<>((int) count);
    for (int i = 0; i < count; i++) {
      int at = 16 + i * 24;
      int end = names;
      while (end < b.limit() && b.get(end) != 0) {
        end++;
      }
      if (end >= b.limit() && i < count - 1) {
        throw new IllegalArgumentException("NT_FILE path list ends after " + i + " of " + count);
      }
      String path = new String(note.desc(), names, end - names, StandardCharsets.UTF_8);
      list.add(new MappedFile(b.getLong(at), b.getLong(at + 8), b.getLong(at + 16) * pageSize, path));
      names = end + 1;
    }
    return new MappedFiles(pageSize, list);
  }
}
