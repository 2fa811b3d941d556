package dev.mycrash.semaphore;

/** Source places as "file:line" with the file reduced to its base name. */
final class Places {
  private Places() {}

  /** ("/home/b/storage/innobase/lock/lock0lock.cc", "461") → "lock0lock.cc:461". */
  static String of(String file, String line) {
    return baseName(file) + ":" + line;
  }

  /** "/home/b/mariadb-10.5.9/storage/innobase/lock/lock0lock.cc:461" → "lock0lock.cc:461". */
  static String ofJoined(String fileColonLine) {
    return baseName(fileColonLine);
  }

  static String baseName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return slash < 0 ? path : path.substring(slash + 1);
  }
}
