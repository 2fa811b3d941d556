package dev.mycrash.errorlog.read;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Reads a file region through memory maps of 64 MiB at a time: one copy from the page cache into
 * the caller's buffer, where a channel read into a heap buffer costs two. Each window is unmapped
 * as soon as it has been read (it never leaves this class), so the pages a scan has passed do not
 * stay mapped until a garbage collection: without that, reading a 2 GB log showed 0.8 GB resident.
 */
final class MappedInput extends InputStream {
  private static final long WINDOW = 64L << 20;
  private static final MethodHandle UNMAP = unmapper();

  private final FileChannel ch;
  private final long window;
  private final long size;
  private long pos;
  private MappedByteBuffer map;

  MappedInput(FileChannel ch, long from) throws IOException {
    this(ch, from, WINDOW);
  }

  MappedInput(FileChannel ch, long from, long window) throws IOException {
    this.ch = ch;
    this.window = window;
    this.size = ch.size();
    this.pos = from;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (map == null || !map.hasRemaining()) {
      unmap();
      if (pos >= size) {
        return -1;
      }
      map = ch.map(FileChannel.MapMode.READ_ONLY, pos, Math.min(window, size - pos));
    }
    int n = Math.min(len, map.remaining());
    if (ch.size() < pos + n) {
      throw truncated(); // reading pages past the new end would raise SIGBUS
    }
    try {
      map.get(b, off, n);
    } catch (InternalError e) {
      throw truncated(); // the JVM's answer to SIGBUS when the file was cut between the check and the copy
    }
    pos += n;
    return n;
  }

  static IOException truncated() {
    return new IOException(LogInput.TRUNCATED);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public void close() {
    unmap();
  }

  private void unmap() {
    ByteBuffer m = map;
    map = null;
    if (m != null && UNMAP != null) {
      try {
        UNMAP.invokeExact(m);
      } catch (Throwable e) {
        // left to the garbage collector
      }
    }
  }

  /**
   * {@code sun.misc.Unsafe.invokeCleaner(ByteBuffer)} (module jdk.unsupported), found at run
   * time; null where it is not there: then the garbage collector unmaps.
   */
  private static MethodHandle unmapper() {
    try {
      Class<?> unsafe = Class.forName("sun.misc.Unsafe");
      Field f = unsafe.getDeclaredField("theUnsafe");
      f.setAccessible(true);
      return MethodHandles.lookup()
          .findVirtual(unsafe, "invokeCleaner", MethodType.methodType(void.class, ByteBuffer.class))
          .bindTo(f.get(null));
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return null;
    }
  }
}
