package dev.mycrash.elf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared libraries to put next to the core: the union of what {@code ldd} lists and what the
 * core's NT_FILE note shows was mapped (dlopen'ed plugins, which ldd never lists). The same file
 * under two spellings ({@code /lib/x86_64-linux-gnu/libc.so.6} from ldd,
 * {@code /usr/lib/x86_64-linux-gnu/libc.so.6} from the core on merged-usr systems) is one entry.
 */
public final class Libraries {
  private Libraries() {}

  /**
   * One library.
   *
   * @param path the path to copy (the core's spelling when the core has it)
   * @param inLdd listed by ldd
   * @param inCore mapped in the core
   */
  public record Library(String path, boolean inLdd, boolean inCore) {
    public Library {
      if (path == null || path.isEmpty()) {
        throw new IllegalArgumentException("empty path");
      }
    }

    /**
     * True when the process had mapped a file that was deleted or replaced since (a package
     * upgrade under a running server): the kernel writes {@code "/path (deleted)"}; the file on
     * disk, if any, is not the one that was mapped.
     */
    public boolean deleted() {
      return path.endsWith(" (deleted)");
    }
  }

  /**
   * The union, in ldd order then core order. {@code executable} (may be null) is left out, and so
   * are core mappings that are not ELF modules (data files, anon_inode:) when {@code modules} says
   * which were; pass {@code core.modules()}.
   */
  public static List<Library> union(
      List<LddEntry> ldd, MappedFiles files, List<CoreModule> modules, String executable) {
    Map<String, Library> byFile = new LinkedHashMap<>();
    String exe = executable == null ? null : PathNames.canonical(executable);
    for (LddEntry e : ldd) {
      if (e.path() != null) {
        byFile.putIfAbsent(PathNames.canonical(e.path()), new Library(e.path(), true, false));
      }
    }
    List<String> elfPaths = modules.stream().map(CoreModule::path).toList();
    for (String p : files.paths()) {
      if (!p.startsWith("/") || (!modules.isEmpty() && !elfPaths.contains(p))) {
        continue;
      }
      String key = PathNames.canonical(p);
      Library old = byFile.get(key);
      byFile.put(key, new Library(p, old != null && old.inLdd(), true));
    }
    if (exe != null) {
      byFile.remove(exe);
    }
    return new ArrayList<>(byFile.values());
  }
}
