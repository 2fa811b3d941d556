package dev.mycrash.elf;

import java.util.ArrayList;
import java.util.List;

/** The decoded "CORE" notes of a core file. A note that does not decode becomes a problem line. */
record CoreNotes(List<CoreThread> threads, CoreProcess process, CoreSignal signal, MappedFiles files) {

  static CoreNotes of(List<ElfNote> notes, int machine, List<String> problems) {
    List<CoreThread> threads = new ArrayList<>();
    CoreProcess process = null;
    CoreSignal signal = null;
    MappedFiles files = MappedFiles.NONE;
    for (ElfNote n : notes) {
      if (!"CORE".equals(n.name())) {
        continue;
      }
      try {
        switch (n.type()) {
          case ElfNote.NT_PRSTATUS -> threads.add(CoreThread.parse(n, machine));
          case ElfNote.NT_PRPSINFO -> process = CoreProcess.parse(n);
          case ElfNote.NT_SIGINFO -> signal = signal == null ? CoreSignal.parse(n) : signal;
          case ElfNote.NT_FILE -> files = MappedFiles.parse(n);
          default -> { }
        }
      } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
        problems.add("undecodable note type 0x" + Integer.toHexString(n.type()) + ": " + e.getMessage());
      }
    }
    if (threads.isEmpty()) {
      problems.add("no NT_PRSTATUS note: the core has no thread");
    }
    return new CoreNotes(List.copyOf(threads), process, signal, files);
  }
}
