package dev.mycrash;

import java.nio.file.Path;

/**
 * A problem with what the user gave us (a missing, unreadable or malformed file). The CLI prints
 * its message as one lower-case line and exits with {@link dev.mycrash.cli.ExitCodes#BAD_INPUT}.
 */
public class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }

  /** "FILE: problem", the one-line shape every bad-input message has. */
  public static BadInputException of(Path file, String problem) {
    return new BadInputException(file + ": " + problem);
  }

  public static BadInputException of(String file, String problem) {
    return new BadInputException(file + ": " + problem);
  }
}
