package dev.mycrash.bundle;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * Writes a {@code .tar.gz} bundle safely: bytes go to {@code .NAME.partial} beside the final name
 * (mode 0600 from its creation), which is renamed to NAME only by {@link #commit}. Closing without
 * a commit, a write error, or the JVM shutting down (Ctrl-C) deletes the partial file, so nothing
 * is ever left at the final name unless the bundle is complete. Every entry is put under one top
 * directory, e.g. {@code mycrash-db1-20261123-114347/}.
 */
public final class BundleWriter implements AutoCloseable {
  private final Path finalPath;
  private final Path partial;
  private final String top;
  private final OutputStream file;
  private final TarArchiveOutputStream tar;
  private final List<BundleEntry> entries = new ArrayList<>();
  private final Thread cleanup;
  private boolean done;
  private CopyListener listener = CopyListener.NONE;
  /** Largest size a ustar header holds in octal; bigger sparse members are written whole. */
  private static final long MAX_PLAIN_SIZE = 077777777777L;
  /** gzip level; 6 (gzip's default) is both smaller and faster than 1 on zero-heavy cores. */
  static final int LEVEL = Integer.getInteger("mycrash.gzipLevel", Deflater.DEFAULT_COMPRESSION);

  private BundleWriter(Path finalPath, String top) throws IOException {
    this.finalPath = finalPath;
    this.top = top;
    this.partial = finalPath.resolveSibling("." + finalPath.getFileName() + ".partial");
    if (Files.exists(finalPath)) {
      throw new FileAlreadyExistsException(finalPath.toString(), null, "exists; not overwritten");
    }
    Files.deleteIfExists(partial);
    Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    this.cleanup = new Thread(this::deletePartial, "mycrash-bundle-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    this.file = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 20);
    GzipParameters gz = new GzipParameters();
    gz.setCompressionLevel(LEVEL);
    this.tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(file, gz), 64 * 1024, "UTF-8");
    tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
  }

  /** Starts a bundle that will appear at {@code finalPath} on {@link #commit}. */
  public static BundleWriter create(Path finalPath, String topDir) throws IOException {
    return new BundleWriter(finalPath, topDir);
  }

  /** Reports the progress of large file copies to {@code l}. */
  public void setListener(CopyListener l) {
    this.listener = l == null ? CopyListener.NONE : l;
  }

  /** The temporary file being written. */
  public Path partialPath() {
    return partial;
  }

  /** Adds generated content (a summary, JSON, command output kept in memory). */
  public BundleEntry addBytes(String path, String original, byte[] content, boolean redacted) throws IOException {
    TarArchiveEntry e = entry(path, content.length);
    tar.putArchiveEntry(e);
    tar.write(content);
    tar.closeArchiveEntry();
    return record(new BundleEntry(path, original, content.length, Sha256.hex(content), redacted));
  }

  /**
   * Streams a file into the bundle, hashing it on the way; holes of sparse files are not read.
   *
   * @throws SourceReadException when the source fails part-way: the entry is padded with zeros to
   *     its declared size (the bundle stays valid) and the caller records a failed step
   */
  public BundleEntry addFile(String path, Path source) throws IOException {
    return addFile(path, source, source.toAbsolutePath().toString());
  }

  /** As {@link #addFile(String, Path)}, recording {@code original} as where it came from (a decompressed core's .zst). */
  public BundleEntry addFile(String path, Path source, String original) throws IOException {
    long size = Files.size(source);
    List<DataRegions.Region> regions = DataRegions.of(source, size);
    long data = regions.stream().mapToLong(r -> r.end() - r.start()).sum();
    SparseCopy.Result r;
    byte[] map = SparseEntry.map(regions, size);
    if (data < size && SparseEntry.storedSize(map, regions) < MAX_PLAIN_SIZE) {
      byte[] pax = SparseEntry.paxHeader(top + "/" + path, size);
      TarArchiveEntry x = new TarArchiveEntry(top + "/PaxHeaders/sparse", TarConstants.LF_PAX_EXTENDED_HEADER_LC);
      x.setSize(pax.length);
      x.setModTime(System.currentTimeMillis() / 1000 * 1000); // whole seconds, so no PAX header of its own
      tar.putArchiveEntry(x);
      tar.write(pax);
      tar.closeArchiveEntry();
      TarArchiveEntry e = new TarArchiveEntry(sparseName(path)); // short ustar name: Commons Compress adds no header of its own
      e.setSize(SparseEntry.storedSize(map, regions));
      e.setMode(0600);
      e.setModTime(Files.getLastModifiedTime(source).toMillis() / 1000 * 1000); // whole seconds: no extra PAX header
      tar.putArchiveEntry(e);
      r = SparseEntry.write(source, size, map, regions, tar, (d, t) -> listener.copied(path, d, t));
    } else {
      TarArchiveEntry e = entry(path, size);
      e.setModTime(Files.getLastModifiedTime(source));
      tar.putArchiveEntry(e);
      r = SparseCopy.copy(source, size, tar, (d, t) -> listener.copied(path, d, t));
    }
    tar.closeArchiveEntry();
    BundleEntry be = record(new BundleEntry(path, original, size, r.sha256(), false));
    if (r.error() != null) {
      throw new SourceReadException(be, r.error());
    }
    return be;
  }

  /** The ustar name GNU tar gives sparse members; readers use GNU.sparse.name instead. */
  private static String sparseName(String path) {
    return "GNUSparseFile.0/" + Integer.toHexString(path.hashCode());
  }

  /** Entries written so far, in tar order. */
  public List<BundleEntry> entries() {
    return List.copyOf(entries);
  }

  /** Finishes the archive, syncs it and renames it to its final name. */
  public void commit() throws IOException {
    tar.finish();
    tar.close();
    Files.move(partial, finalPath, StandardCopyOption.ATOMIC_MOVE);
    done = true;
    removeHook();
  }

  /** Deletes the partial file unless committed. */
  @Override
  public void close() {
    if (!done) {
      try {
        tar.close();
      } catch (IOException | RuntimeException ignored) {
        // the disk may be full; the partial file goes anyway
      }
      deletePartial();
      done = true;
      removeHook();
    }
  }

  private TarArchiveEntry entry(String path, long size) {
    TarArchiveEntry e = new TarArchiveEntry(top + "/" + path);
    e.setSize(size);
    e.setMode(0600);
    return e;
  }

  private BundleEntry record(BundleEntry e) {
    entries.add(e);
    return e;
  }

  private void deletePartial() {
    try {
      Files.deleteIfExists(partial);
    } catch (IOException ignored) {
      // nothing more can be done at shutdown
    }
  }

  private void removeHook() {
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run
    }
  }
}
