/**
 * The error-log stage: reading an error log the way a support engineer does.
 *
 * <p>Entry point: {@link dev.mycrash.errorlog.ErrorLogAnalyzer#analyze} takes a
 * {@link dev.mycrash.errorlog.read.LogInput} (plain file, gzip, stdin; bad input is refused with a
 * one-line {@link dev.mycrash.BadInputException}) and returns an
 * {@link dev.mycrash.errorlog.model.Analysis}: server lifetimes, crash reports (signal, assertion,
 * query, connection, frames, core info), and the semaphore-wait summary of the scope.
 *
 * <p>How it reads (package {@code read}): the input is cut into 4 MiB chunks that end at line ends;
 * each chunk is held as a Latin-1 string so that the JDK's {@code indexOf} intrinsics pre-filter it
 * for a handful of needles ({@link dev.mycrash.errorlog.read.Needles}) on a small thread pool. Only
 * candidate lines, and every line while the model is inside a crash block, a semaphore report or
 * right after "ready for connections", are decoded (UTF-8 when valid, else byte for byte),
 * unwrapped ({@link dev.mycrash.errorlog.read.Wrapper}) and matched. Lines longer than 64 KiB are
 * parsed cut. The default scope on a file first reads it backwards
 * ({@link dev.mycrash.errorlog.read.TailLocator}) to find where the last crash's lifetime starts,
 * then parses only that tail; line numbers there are exact when the skipped head is small enough to
 * count its lines (64 MiB), else counted from the end ({@code lineNumbering = "from-end"}).
 *
 * <p>How it understands (package {@code parse}): {@link dev.mycrash.errorlog.parse.LogModelBuilder}
 * is a streaming state machine over {@link dev.mycrash.errorlog.parse.Markers}; crash blocks run from
 * the {@code got signal} header to the next line with a log timestamp and are read by
 * {@link dev.mycrash.errorlog.parse.CrashBlockParser} (frames by
 * {@link dev.mycrash.errorlog.parse.FrameParser}, handler frames by
 * {@link dev.mycrash.errorlog.parse.HandlerFrames} from {@code handler-frames.txt}); the assertion,
 * {@code [FATAL]} message and InnoDB watchdog abort are looked for in the 40 lines before the header.
 * What is kept is bounded ({@link dev.mycrash.errorlog.parse.ModelStore}: 1000 lifetimes / crashes,
 * older ones counted).
 *
 * <p>Formats: shared/reference/error-log-formats.md. Wrapped, CRLF, gzip and cut logs give the same
 * facts as the plain log (tests in {@code ReadingTest}).
 */
package dev.mycrash.errorlog;
