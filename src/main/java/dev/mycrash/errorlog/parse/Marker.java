package dev.mycrash.errorlog.parse;

/**
 * What one canonical line means for the server timeline.
 *
 * @param kind the event
 * @param startKind for START: which start line it is ("process", "mariadb", "initialize", "mysqld_safe")
 * @param version a version printed on the line, or null
 * @param text extra text: the Version-line comment
 * @param pid for START: the "as process N" of the line, or null
 * @param program for START and READY: the server executable the line names ({@code /usr/sbin/mysqld}), or null
 * @param stamp for START and READY: the line's leading timestamp as printed, or null
 */
public record Marker(Kind kind, String startKind, String version, String text, Long pid, String program, String stamp) {
  /** Timeline events. */
  public enum Kind {
    START,
    READY,
    SHUTDOWN_BEGIN,
    SHUTDOWN_COMPLETE,
    /** mysqld_safe saw the server process exit ({@code 080721 03:04:01  mysqld ended}). */
    PROCESS_ENDED,
    RECOVERY,
    CRASH_HEADER,
    SEMAPHORE,
    OTHER
  }

  public static final Marker OTHER = new Marker(Kind.OTHER, null, null, null);

  public Marker {
    if (kind == null) {
      throw new IllegalArgumentException("kind is null");
    }
    if (pid != null && pid < 0) {
      throw new IllegalArgumentException("negative pid " + pid);
    }
  }

  /** A marker that names no process. */
  public Marker(Kind kind, String startKind, String version, String text) {
    this(kind, startKind, version, text, null, null, null);
  }
}
