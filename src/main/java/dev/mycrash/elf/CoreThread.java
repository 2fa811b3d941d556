package dev.mycrash.elf;

import java.nio.ByteBuffer;

/**
 * One thread of a core, from its NT_PRSTATUS note (x86-64 {@code struct elf_prstatus}, 336
 * bytes): {@code pr_info} (si_signo, si_code, si_errno) at 0, {@code pr_cursig} (short) at 12,
 * {@code pr_pid} (the thread's LWP id) at 32, {@code pr_reg} at 112 where {@code rip} is the 17th
 * register. The kernel writes the thread that took the fatal signal first.
 *
 * @param lwp the thread id (what gdb shows as {@code LWP n})
 * @param signal {@code pr_cursig}: the signal being delivered to this thread, 0 if none
 * @param pc the instruction pointer, or null when the machine is not x86-64
 */
public record CoreThread(int lwp, int signal, Long pc) {
  private static final int PID_AT = 32;
  private static final int CURSIG_AT = 12;
  private static final int X86_64_RIP_AT = 112 + 16 * 8;

  public CoreThread {
    if (lwp < 0 || signal < 0) {
      throw new IllegalArgumentException("negative lwp or signal");
    }
  }

  /** Parses an NT_PRSTATUS descriptor; {@code machine} is the core's e_machine. */
  static CoreThread parse(ElfNote note, int machine) {
    ByteBuffer b = note.descBuffer();
    if (b.limit() < PID_AT + 4) {
      throw new IllegalArgumentException("NT_PRSTATUS of " + b.limit() + " bytes");
    }
    Long pc = machine == ElfHeader.EM_X86_64 && b.limit() >= X86_64_RIP_AT + 8 ? b.getLong(X86_64_RIP_AT) : null;
    return new CoreThread(b.getInt(PID_AT), Short.toUnsignedInt(b.getShort(CURSIG_AT)), pc);
  }
}
