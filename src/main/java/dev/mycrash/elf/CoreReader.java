package dev.mycrash.elf;

import dev.mycrash.BadInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Linux ELF64 core: threads and signal (NT_PRSTATUS, NT_SIGINFO), the process
 * (NT_PRPSINFO), every mapped file (NT_FILE), the build-ids of mapped modules and truncation. Reads
 * a few kilobytes of a core of any size. The entry point for the collect stage:
 *
 * <pre>{@code
 * CoreDump core = CoreReader.read(Path.of("/var/lib/mysql/core"));
 * core.threads().get(0).lwp();          // the crashing thread
 * core.files().paths();                 // what was mapped, plugins included
 * core.module(Path.of("/usr/sbin/mariadbd")).map(CoreModule::buildId);
 * core.truncation().truncated();
 * }</pre>
 *
 * @throws BadInputException if the file is missing, unreadable, not ELF64 LE or not a core
 */
public final class CoreReader {
  private CoreReader() {}

  public static CoreDump read(Path path) {
    try (ElfFile elf = ElfFile.open(path)) {
      return read(elf);
    }
  }

  /** Reads an already opened file (the caller closes it; {@link ElfFile#bytesRead()} tells the cost). */
  public static CoreDump read(ElfFile elf) {
    Path path = elf.path();
    if (elf.header().type() != ElfHeader.ET_CORE) {
      throw BadInputException.of(path, "not a core file (ELF type " + elf.header().type() + ")");
    }
    List<String> problems = new ArrayList<>();
    Truncation truncation = Truncation.of(elf.size(), elf.programHeaders());
    if (truncation.truncated()) {
      problems.add("core is truncated: " + truncation.missingBytes() + " bytes missing at the end");
    }
    CoreNotes notes = CoreNotes.of(elf.notes(problems), elf.header().machine(), problems);
    List<CoreModule> modules = ModuleBuildIds.read(new CoreMemory(elf), notes.files());
    return new CoreDump(path, elf.size(), notes.threads(), notes.process(), notes.signal(), notes.files(),
        modules, truncation, problems);
  }
}
