/**
 * Scripted gdb: the support team's commands in one hardened batch run, and the parsing of its
 * backtraces. Entry points:
 *
 * <ul>
 *   <li>{@link dev.mycrash.gdb.GdbRunner#run(dev.mycrash.gdb.GdbRequest)}: writes
 *       {@code gdb_standard.txt}, {@code gdb_full.txt}, {@code gdb_sharedlibrary.txt},
 *       {@code gdb_registers.txt}, {@code gdb_stdout.txt}, {@code gdb_stderr.txt},
 *       {@code gdb_commands.gdb} into the request's directory and returns a
 *       {@link dev.mycrash.gdb.GdbRun} (OK, TIMED_OUT, NOT_FOUND, SKIPPED, FAILED) for the
 *       manifest; it never throws for gdb's or the core's problems
 *   <li>{@link dev.mycrash.gdb.GdbBacktraceParser#parse(String)} or
 *       {@link dev.mycrash.gdb.GdbBacktraceParser#fromRun}: threads and
 *       {@link dev.mycrash.symbols.Frame}s, with
 *       {@link dev.mycrash.gdb.GdbBacktrace#crashingThread()} and
 *       {@link dev.mycrash.gdb.GdbThread#crashFrames()} (the frames after the signal handler)
 * </ul>
 */
package dev.mycrash.gdb;
