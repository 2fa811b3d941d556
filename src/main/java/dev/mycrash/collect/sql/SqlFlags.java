package dev.mycrash.collect.sql;

/**
 * The user's connection flags; each may be null (then option files and defaults decide).
 *
 * @param enabled false with {@code --no-sql}
 * @param host {@code --host}
 * @param port {@code --port}
 * @param socket {@code --socket}
 * @param user {@code --user}
 */
public record SqlFlags(boolean enabled, String host, Integer port, String socket, String user) {
  public static SqlFlags disabled() {
    return new SqlFlags(false, null, null, null, null);
  }
}
