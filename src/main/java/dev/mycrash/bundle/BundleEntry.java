package dev.mycrash.bundle;

/**
 * One file in the bundle, as listed in {@code manifest.json}.
 *
 * @param path path inside the bundle, e.g. {@code error-log/error.log}
 * @param original where it came from on the host (absolute path), or null for generated files
 * @param size bytes stored in the bundle
 * @param sha256 lower-case hex SHA-256 of the bytes stored in the bundle
 * @param redacted secrets were masked, so the content differs from the original
 */
public record BundleEntry(String path, String original, long size, String sha256, boolean redacted) {
  public BundleEntry {
    if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("..")) {
      throw new IllegalArgumentException("bad bundle path: " + path);
    }
    if (size < 0 || sha256 == null || sha256.length() != 64) {
      throw new IllegalArgumentException("bad size or sha256 for " + path);
    }
  }
}
