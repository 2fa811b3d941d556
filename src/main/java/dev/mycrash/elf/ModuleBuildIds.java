package dev.mycrash.elf;

import dev.mycrash.BadInputException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the build-id of every module mapped in a core from the module's ELF header, program
 * headers and PT_NOTE as they sit in the core's memory: the header at the mapping of file offset
 * 0, the note at {@code base + p_vaddr - (first PT_LOAD p_vaddr rounded down to a page)}.
 */
final class ModuleBuildIds {
  private static final int MAX_PHNUM = 256;
  private static final int MAX_NOTE = 1 << 16;
  private static final java.util.regex.Pattern SHARED_OBJECT =
      java.util.regex.Pattern.compile("\\.so(\\.[0-9.]+)?( \\(deleted\\))?$");

  private ModuleBuildIds() {}

  static List<CoreModule> read(CoreMemory memory, MappedFiles files) {
    Map<String, Long> bases = new LinkedHashMap<>();
    for (MappedFile m : files.mappings()) {
      if (m.isRegularPath() && m.fileOffset() == 0) {
        bases.putIfAbsent(m.path(), m.start());
      }
    }
    List<CoreModule> modules = new ArrayList<>();
    bases.forEach((path, base) -> {
      Optional<CoreModule> m = module(memory, path, base, files.pageSize());
      m.ifPresent(modules::add);
    });
    return List.copyOf(modules);
  }

  /** Empty when the mapping is not an ELF file (a data file mapped by the server). */
  private static Optional<CoreModule> module(CoreMemory memory, String path, long base, long pageSize) {
    Optional<ByteBuffer> head = memory.read(base, ElfHeader.SIZE);
    if (head.isEmpty()) {
      // not dumped: an ELF module when coredump_filter lacks bit 4, or a mapped data file (a redo
      // log in /dev/shm...); only names that look like shared objects are taken for modules
      return SHARED_OBJECT.matcher(path).find()
          ? Optional.of(new CoreModule(path, base, null, "ELF header not in the core"))
          : Optional.empty();
    }
    ElfHeader h;
    try {
      h = ElfHeader.parse(head.get(), path);
    } catch (BadInputException notElf) {
      return Optional.empty();
    }
    if (h.phnum() == 0 || h.phnum() > MAX_PHNUM) {
      return Optional.of(new CoreModule(path, base, null, "no program headers"));
    }
    Optional<ByteBuffer> phs = memory.read(base + h.phoff(), h.phnum() * h.phentsize());
    if (phs.isEmpty()) {
      return Optional.of(new CoreModule(path, base, null, "program headers not in the core"));
    }
    List<ProgramHeader> headers = new ArrayList<>();
    for (int i = 0; i < h.phnum(); i++) {
      headers.add(ProgramHeader.parse(phs.get(), i * h.phentsize()));
    }
    long bias = base - firstLoad(headers, pageSize);
    for (ProgramHeader p : headers) {
      if (p.type() == ProgramHeader.PT_NOTE && p.filesz() > 0 && p.filesz() <= MAX_NOTE) {
        Optional<ByteBuffer> notes = memory.read(bias + p.vaddr(), (int) p.filesz());
        if (notes.isPresent()) {
          for (ElfNote n : ElfNote.parseAll(notes.get(), p.align() == 8 ? 8 : 4, new ArrayList<>())) {
            if (n.isBuildId()) {
              return Optional.of(new CoreModule(path, base, n.descHex(), null));
            }
          }
        }
      }
    }
    return Optional.of(new CoreModule(path, base, null, "no build-id note in the core"));
  }

  private static long firstLoad(List<ProgramHeader> headers, long pageSize) {
    long page = pageSize > 0 ? pageSize : 4096;
    for (ProgramHeader p : headers) {
      if (p.type() == ProgramHeader.PT_LOAD) {
        return p.vaddr() & -page;
      }
    }
    return 0;
  }
}
