package dev.mycrash.symbols.itanium;

/**
 * Thrown (preallocated, no stack trace) when a symbol nests deeper than the caller's thread can
 * safely recurse; {@link Itanium} then redoes the work on a thread with a large stack.
 */
final class TooDeep extends RuntimeException {
  private static final long serialVersionUID = 1L;
  static final TooDeep INSTANCE = new TooDeep();

  private TooDeep() {
    super("symbol nests too deeply for this thread's stack", null, false, false);
  }
}
