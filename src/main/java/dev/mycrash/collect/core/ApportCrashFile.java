package dev.mycrash.collect.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * An apport report, {@code /var/crash/_usr_sbin_mysqld.0.crash}: RFC822-style fields, values
 * continued on lines that start with a space, binary values base64-encoded line by line:
 *
 * <pre>
 * ProblemType: Crash
 * ExecutablePath: /usr/sbin/mysqld
 * ProcStatus:
 *  Name:	mysqld
 *  Pid:	2280
 * CoreDump: base64
 *  H4sICAAAAAAC/0NvcmVEdW1wAA==
 *  7b0JeBxHmTBc3T3T9/T0HH3M9J7T...
 * </pre>
 *
 * Each CoreDump line decodes on its own; together they are a gzip stream (older apport: a zlib
 * stream), decoded here as a stream without holding the core in memory.
 */
final class ApportCrashFile {
  private static final Pattern EXE = Pattern.compile("^ExecutablePath: (\\S+)$", Pattern.MULTILINE);
  private static final Pattern PID = Pattern.compile("^ Pid:\\s+(\\d+)$", Pattern.MULTILINE);
  private static final int MAX_HEADER = 4 << 20;

  private ApportCrashFile() {}

  /** A candidate when the report is of a mysqld/mariadbd and has a CoreDump field. */
  static Optional<CoreCandidate> candidate(Path crash) throws IOException {
    String head = header(crash);
    Matcher exe = EXE.matcher(head);
    if (!head.contains("\nCoreDump: base64") || !exe.find() || !exe.group(1).matches(".*/(mysqld|mariadbd)")) {
      return Optional.empty();
    }
    Matcher pid = PID.matcher(head);
    Long p = pid.find() ? Long.parseLong(pid.group(1)) : null;
    Instant mtime = Files.getLastModifiedTime(crash).toInstant();
    return Optional.of(new CoreCandidate(crash, "apport", Files.size(crash), mtime, p, Path.of(exe.group(1)).getFileName().toString()));
  }

  /** The text before the CoreDump lines (bounded), enough for the fields we read. */
  private static String header(Path crash) throws IOException {
    StringBuilder b = new StringBuilder();
    try (BufferedReader r = Files.newBufferedReader(crash, StandardCharsets.ISO_8859_1)) {
      for (String line; (line = r.readLine()) != null && b.length() < MAX_HEADER; ) {
        b.append('\n').append(line);
        if (line.startsWith("CoreDump:")) {
          break;
        }
      }
    }
    return b.toString();
  }

  /** The decoded core as a stream. */
  static InputStream coreDump(Path crash) throws IOException {
    BufferedReader r = Files.newBufferedReader(crash, StandardCharsets.ISO_8859_1);
    for (String line; (line = r.readLine()) != null; ) {
      if (line.startsWith("CoreDump: base64")) {
        PushbackInputStream in = new PushbackInputStream(new Base64Lines(r), 2);
        int b0 = in.read();
        int b1 = in.read();
        in.unread(new byte[] {(byte) b0, (byte) b1});
        return b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(in, 1 << 16) : new InflaterInputStream(in);
      }
    }
    r.close();
    throw new IOException(crash + ": no CoreDump field");
  }

  /** The bytes of base64 continuation lines, each decoded on its own. */
  private static final class Base64Lines extends InputStream {
    private final BufferedReader r;
    private byte[] cur = new byte[0];
    private int pos;
    private boolean eof;

    Base64Lines(BufferedReader r) {
      this.r = r;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      while (pos == cur.length) {
        String line = eof ? null : r.readLine();
        if (line == null || !line.startsWith(" ")) {
          eof = true;
          return -1;
        }
        cur = Base64.getDecoder().decode(line.strip());
        pos = 0;
      }
      int n = Math.min(len, cur.length - pos);
      System.arraycopy(cur, pos, b, off, n);
      pos += n;
      return n;
    }

    @Override
    public void close() throws IOException {
      r.close();
    }
  }
}
