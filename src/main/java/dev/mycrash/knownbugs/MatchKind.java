package dev.mycrash.knownbugs;

/** How a crash matched a known bug. */
public enum MatchKind {
  /** The crash's UniqueID is a case-insensitive substring of the entry's (mariadb-qa's rule). */
  UNIQUE_ID,
  /** Equal signature hashes. */
  HASH,
  /** Every matcher of a curated entry matched. */
  STRUCTURED,
  /** Similar frame sequence only: "probably the same as". */
  FUZZY
}
