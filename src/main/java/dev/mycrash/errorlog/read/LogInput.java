package dev.mycrash.errorlog.read;

import dev.mycrash.BadInputException;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;

/**
 * An error log to read: a plain file (seekable, so the default scope can read it from the end),
 * a gzip file (rotated logs; detected by its magic bytes, not its name) or {@code -} for stdin.
 * Opening checks the bad-input cases and throws {@link BadInputException} with one line naming
 * the file and the problem. The input is only ever read.
 */
public final class LogInput implements Closeable {
  static final int SNIFF = 64 * 1024;
  /** Why a read stopped when the file was cut short under it. */
  public static final String TRUNCATED = "the file was truncated while it was read (log rotation with copytruncate?); run again";

  private final String name;
  private final FileChannel channel;
  private final InputStream stream;
  private final long size;

  private LogInput(String name, FileChannel channel, InputStream stream, long size) {
    this.name = name;
    this.channel = channel;
    this.stream = stream;
    this.size = size;
  }

  /** Opens {@code arg} ("-" is {@code stdin}); every problem becomes a one-line BadInputException. */
  public static LogInput open(String arg, InputStream stdin) {
    if ("-".equals(arg)) {
      return ofStream("stdin", stdin);
    }
    Path path = Path.of(arg);
    if (Files.isDirectory(path)) {
      throw BadInputException.of(arg, "is a directory, not an error log");
    }
    try {
      if (Files.exists(path) && !Files.isRegularFile(path)) {
        return ofStream(arg, new java.io.FileInputStream(path.toFile())); // a named pipe or device: a stream
      }
      FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
      long size = ch.size();
      if (size == 0) {
        ch.close();
        throw BadInputException.of(arg, "empty file");
      }
      byte[] head = new byte[(int) Math.min(SNIFF, size)];
      ch.read(java.nio.ByteBuffer.wrap(head), 0);
      if (Sniffer.isGzip(head) || Sniffer.isTar(head)) {
        ch.close();
        InputStream in = Files.newInputStream(path);
        return ofStream(arg, Sniffer.isGzip(head) ? new GZIPInputStream(in, 1 << 16) : in);
      }
      Sniffer.check(arg, head, head.length);
      return new LogInput(arg, ch, null, size);
    } catch (NoSuchFileException e) {
      throw BadInputException.of(arg, "no such file");
    } catch (AccessDeniedException e) {
      throw BadInputException.of(arg, "permission denied");
    } catch (IOException e) {
      throw BadInputException.of(arg, "cannot read: " + oneLine(e));
    }
  }

  /** Wraps a stream (stdin, or already opened); sniffs its head for emptiness and binary data. */
  public static LogInput ofStream(String name, InputStream in) {
    try {
      BufferedInputStream b = new BufferedInputStream(in, SNIFF);
      b.mark(SNIFF);
      byte[] head = b.readNBytes(SNIFF);
      b.reset();
      if (head.length == 0) {
        throw BadInputException.of(name, "empty input");
      }
      if (Sniffer.isGzip(head)) {
        return ofStream(name, new GZIPInputStream(b, 1 << 16));
      }
      if (Sniffer.isTar(head)) {
        return BundleLog.open(name, b);
      }
      Sniffer.check(name, head, head.length);
      return new LogInput(name, null, b, -1);
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      throw BadInputException.of(name, "corrupt gzip data: " + oneLine(e));
    } catch (IOException e) {
      throw BadInputException.of(name, "cannot read: " + oneLine(e));
    }
  }

  static String oneLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replace('\n', ' ');
  }

  /** The name to print: the path as given, or "stdin". */
  public String name() {
    return name;
  }

  /** True for a plain file that can be read at any offset (from the end). */
  public boolean seekable() {
    return channel != null;
  }

  /** The channel of a seekable input. */
  public FileChannel channel() {
    return channel;
  }

  /** Size in bytes of a seekable input, -1 for streams. */
  public long size() {
    return size;
  }

  /** The bytes of the input from {@code offset} on (offset must be 0 for streams). */
  public InputStream from(long offset) throws IOException {
    if (channel == null) {
      if (offset != 0) {
        throw new IllegalArgumentException("a stream cannot seek");
      }
      return stream;
    }
    return new MappedInput(channel, offset);
  }

  @Override
  public void close() throws IOException {
    if (channel != null) {
      channel.close();
    }
    if (stream != null) {
      stream.close();
    }
  }
}
