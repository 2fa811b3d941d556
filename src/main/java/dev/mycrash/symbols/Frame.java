package dev.mycrash.symbols;

/**
 * One backtrace frame, from an error log or from gdb. Every field but {@code raw} may be null
 * when the source did not print it.
 *
 * @param raw the line exactly as printed (never altered)
 * @param module object file or module, e.g. {@code /usr/sbin/mysqld}, {@code mysqld.exe}
 * @param symbol the symbol as printed (mangled or not), e.g. {@code _ZN4JOIN10exec_innerEv}
 * @param function the demangled function when {@code symbol} is mangled, else {@code symbol}
 * @param offset offset after the symbol or module, e.g. {@code 0xf72}
 * @param address the absolute address, e.g. {@code 0x56433e52b1a2}
 * @param file source file, when printed
 * @param line source line, when printed
 * @param handler true for signal-handler and abort machinery (my_print_stacktrace, raise...)
 */
public record Frame(
    String raw,
    String module,
    String symbol,
    String function,
    String offset,
    String address,
    String file,
    Integer line,
    boolean handler) {
  public Frame {
    if (raw == null) {
      throw new IllegalArgumentException("raw is null");
    }
  }

  /** A copy with {@code handler} set. */
  public Frame withHandler(boolean h) {
    return new Frame(raw, module, symbol, function, offset, address, file, line, h);
  }

  /** A copy with {@code function} set. */
  public Frame withFunction(String f) {
    return new Frame(raw, module, symbol, f, offset, address, file, line, handler);
  }
}
