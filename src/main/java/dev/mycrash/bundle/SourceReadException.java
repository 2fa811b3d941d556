package dev.mycrash.bundle;

import java.io.IOException;

/** A source file failed while being copied; its entry was padded and the bundle is still valid. */
public final class SourceReadException extends IOException {
  private static final long serialVersionUID = 1L;
  private final transient BundleEntry entry;

  public SourceReadException(BundleEntry entry, IOException cause) {
    super(entry.original() + ": read failed after part of the file: " + cause.getMessage(), cause);
    this.entry = entry;
  }

  public BundleEntry entry() {
    return entry;
  }
}
