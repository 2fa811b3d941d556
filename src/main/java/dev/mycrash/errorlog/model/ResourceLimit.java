package dev.mycrash.errorlog.model;

/** One row of the "Resource Limits" table MariaDB copies from /proc/self/limits into a crash report. */
public record ResourceLimit(String name, String soft, String hard, String units) {
  public ResourceLimit {
    if (name == null || soft == null || hard == null) {
      throw new IllegalArgumentException("incomplete resource limit row");
    }
  }
}
