package dev.mycrash.knownbugs;

/** A known-bug entry that fails validation; the message starts with the entry's id. */
public final class InvalidEntryException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String id;

  public InvalidEntryException(String id, String problem) {
    super(id + ": " + problem);
    this.id = id;
  }

  public String id() {
    return id;
  }
}
