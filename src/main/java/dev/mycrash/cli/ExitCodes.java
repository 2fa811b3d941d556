package dev.mycrash.cli;

/** Documented exit codes of every mycrash command (README "Exit codes"). */
public final class ExitCodes {
  private ExitCodes() {}

  /** The command did its job (analysed, collected, no new crash in triage). */
  public static final int OK = 0;
  /** Bad input: a file missing, unreadable, of the wrong kind or malformed. One line on stderr. */
  public static final int BAD_INPUT = 1;
  /** Bad usage: unknown option, missing argument. Usage is printed. */
  public static final int USAGE = 2;
  /** triage: at least one crash that matches no known bug. */
  public static final int NEW_CRASH = 3;
  /** An internal error (a bug in mycrash); the stack trace is shown with --stacktrace. */
  public static final int INTERNAL = 70;
  /** Interrupted (Ctrl-C); nothing is left at a final output name. */
  public static final int INTERRUPTED = 130;
}
