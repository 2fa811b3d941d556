package dev.mycrash.elf;

import java.nio.ByteBuffer;

/**
 * The process, from NT_PRPSINFO (x86-64 {@code struct elf_prpsinfo}, 136 bytes): {@code pr_pid}
 * at 24, {@code pr_fname[16]} at 40, {@code pr_psargs[80]} at 56. The kernel keeps the first 79
 * bytes of the command line, e.g. {@code /usr/sbin/mariadbd --no-defaults --user=root --datadir=/tmp/elfgdb-e2e/datadir }.
 *
 * @param pid the process id
 * @param fname the executable's name, at most 15 characters (e.g. {@code mariadbd})
 * @param psargs the start of the command line, at most 79 bytes
 */
public record CoreProcess(int pid, String fname, String psargs) {
  public CoreProcess {
    if (fname == null || psargs == null) {
      throw new IllegalArgumentException("fname and psargs are required");
    }
  }

  static CoreProcess parse(ElfNote note) {
    ByteBuffer b = note.descBuffer();
    if (b.limit() < 136) {
      throw new IllegalArgumentException("NT_PRPSINFO of " + b.limit() + " bytes");
    }
    byte[] fname = new byte[16];
    b.get(40, fname);
    byte[] args = new byte[80];
    b.get(56, args);
    return new CoreProcess(b.getInt(24), ElfNote.cString(fname), ElfNote.cString(args).strip());
  }
}
