package dev.mycrash.elf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One ELF note: {@code namesz, descsz, type} (three 32-bit words), the name (NUL-terminated,
 * padded) and the descriptor (padded). In a core: name "CORE", types NT_PRSTATUS (1) per thread,
 * NT_PRPSINFO (3), NT_SIGINFO, NT_FILE; in a binary: name "GNU", type NT_GNU_BUILD_ID (3).
 *
 * <pre>
 * 04 00 00 00  14 00 00 00  03 00 00 00  47 4e 55 00   namesz=4 descsz=20 type=3 "GNU\0"
 * 43 9d a8 d9 44 12 de 2c ...                           the build-id, 20 bytes (sha1)
 * </pre>
 */
public record ElfNote(String name, int type, byte[] desc) {
  public static final int NT_PRSTATUS = 1;
  public static final int NT_PRPSINFO = 3;
  public static final int NT_GNU_BUILD_ID = 3;
  public static final int NT_SIGINFO = 0x53494749;
  public static final int NT_FILE = 0x46494c45;

  public ElfNote {
    if (name == null || desc == null) {
      throw new IllegalArgumentException("name and desc are required");
    }
  }

  /** The descriptor as a little-endian buffer. */
  public ByteBuffer descBuffer() {
    return ByteBuffer.wrap(desc).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** True for a GNU build-id note. */
  public boolean isBuildId() {
    return "GNU".equals(name) && type == NT_GNU_BUILD_ID && desc.length > 0;
  }

  /** The descriptor in lower-case hex (how build-ids are printed everywhere). */
  public String descHex() {
    return HexFormat.of().formatHex(desc);
  }

  /**
   * Parses every note in {@code b} (position to limit). {@code align} is 4 for ordinary notes and
   * 8 for segments with p_align 8 (.note.gnu.property). Stops quietly at a truncated note and
   * returns what came before; {@code problems} gets one line saying so.
   */
  public static List<ElfNote> parseAll(ByteBuffer b, int align, List<String> problems) {
    ByteBuffer in = b.slice().order(ByteOrder.LITTLE_ENDIAN);
    List<ElfNote> notes = new ArrayList<>();
    int p = 0;
    while (in.limit() - p >= 12) {
      long namesz = Integer.toUnsignedLong(in.getInt(p));
      long descsz = Integer.toUnsignedLong(in.getInt(p + 4));
      int type = in.getInt(p + 8);
      long nameStart = p + 12L;
      long descStart = nameStart + pad(namesz, align);
      long next = descStart + pad(descsz, align);
      if (descStart + descsz > in.limit()) {
        problems.add("note at offset " + p + " runs past its segment (truncated)");
        break;
      }
      byte[] nameBytes = new byte[(int) namesz];
      in.get((int) nameStart, nameBytes);
      byte[] desc = new byte[(int) descsz];
      in.get((int) descStart, desc);
      notes.add(new ElfNote(cString(nameBytes), type, desc));
      p = (int) Math.min(next, in.limit());
    }
    return notes;
  }

  private static long pad(long n, int align) {
    return (n + align - 1) / align * align;
  }

  static String cString(byte[] bytes) {
    int end = 0;
    while (end < bytes.length && bytes[end] != 0) {
      end++;
    }
    return new String(bytes, 0, end, StandardCharsets.UTF_8);
  }
}
