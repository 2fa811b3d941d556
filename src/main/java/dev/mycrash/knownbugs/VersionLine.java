package dev.mycrash.knownbugs;

/**
 * One release line of a known bug: {@code - line: "10.6", affected: "10.6.0", fixed: "10.6.16"}.
 *
 * @param line the release line ("10.6", "8.0")
 * @param affected first affected version on that line, or null
 * @param fixed first fixed version on that line, or null when not fixed there
 */
public record VersionLine(String line, String affected, String fixed) {
  public VersionLine {
    if (line == null) {
      throw new IllegalArgumentException("versions: 'line' is required");
    }
    Version.parse(line);
    Version a = affected == null ? null : Version.parse(affected);
    Version f = fixed == null ? null : Version.parse(fixed);
    if (a != null && f != null && f.compareTo(a) < 0) {
      throw new IllegalArgumentException("versions: fixed " + fixed + " is older than affected " + affected);
    }
  }
}
