package dev.mycrash.elf;

import java.nio.ByteBuffer;

/**
 * The fatal signal's {@code siginfo_t}, from NT_SIGINFO (128 bytes): {@code si_signo} at 0,
 * {@code si_errno} at 4, {@code si_code} at 8, and for SIGILL, SIGFPE, SIGSEGV and SIGBUS raised by
 * the CPU ({@code si_code > 0}) the faulting address {@code si_addr} at 16. A negative code means
 * a signal sent by a process (SI_TKILL = -6 when mysqld re-raises from its handler).
 *
 * @param address the faulting address, or null when the signal does not carry one
 */
public record CoreSignal(int signo, int errno, int code, Long address) {
  public CoreSignal {
    if (signo < 0) {
      throw new IllegalArgumentException("negative signal");
    }
  }

  static CoreSignal parse(ElfNote note) {
    ByteBuffer b = note.descBuffer();
    if (b.limit() < 24) {
      throw new IllegalArgumentException("NT_SIGINFO of " + b.limit() + " bytes");
    }
    int signo = b.getInt(0);
    int code = b.getInt(8);
    boolean fault = code > 0 && (signo == 4 || signo == 7 || signo == 8 || signo == 11);
    return new CoreSignal(signo, b.getInt(4), code, fault ? b.getLong(16) : null);
  }
}
