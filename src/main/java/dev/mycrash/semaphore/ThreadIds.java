package dev.mycrash.semaphore;

import java.util.Locale;

/**
 * Thread ids in one form. Sync-array cells print OS thread ids in decimal ({@code --Thread
 * 140013456709376}, {@code a writer (thread id 140012871993088)}, MySQL 8 {@code locked by
 * 134534446188096}); InnoDB timestamps and SHOW ENGINE INNODB STATUS print the same ids in hex
 * ({@code 0x7f57003cb700}, {@code OS thread handle 0x7F53FCA8A700}). Canonical form is unsigned
 * decimal.
 */
public final class ThreadIds {
  private ThreadIds() {}

  /** "0x7f53fca8a700" → "139998697924352"; "00123" → "123"; anything else unchanged. */
  public static String canonical(String id) {
    if (id == null) {
      return null;
    }
    String t = id.trim();
    try {
      if (t.startsWith("0x") || t.startsWith("0X")) {
        return Long.toUnsignedString(Long.parseUnsignedLong(t.substring(2), 16));
      }
      return Long.toUnsignedString(Long.parseUnsignedLong(t));
    } catch (NumberFormatException e) {
      return t.toLowerCase(Locale.ROOT);
    }
  }
}
