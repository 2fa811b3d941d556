package dev.mycrash.elf;

import dev.mycrash.BadInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A read-only ELF64 little-endian file (executable, shared object or core) read through a
 * {@link FileChannel}: only the headers and the bytes asked for are read, so a 350 MB sparse core
 * costs a few kilobytes. Any read or format problem becomes a {@link BadInputException} naming the
 * file. Never writes to the file.
 */
public final class ElfFile implements AutoCloseable {
  private static final int MAX_HEADERS = 1 << 16;
  private final Path path;
  private final FileChannel channel;
  private final long size;
  private final ElfHeader header;
  private final List<ProgramHeader> programHeaders;
  private long bytesRead;

  private ElfFile(Path path, FileChannel channel) throws IOException {
    this.path = path;
    this.channel = channel;
    this.size = channel.size();
    this.header = ElfHeader.parse(readAt(0, ElfHeader.SIZE), path);
    this.programHeaders = readProgramHeaders();
  }

  /** Opens {@code path}; throws {@link BadInputException} if it is missing, unreadable or not ELF64 LE. */
  public static ElfFile open(Path path) {
    FileChannel ch = null;
    try {
      ch = FileChannel.open(path, StandardOpenOption.READ);
      return new ElfFile(path, ch);
    } catch (IOException e) {
      closeQuietly(ch);
      throw BadInputException.of(path, "cannot read: " + ElfErrors.describe(e));
    } catch (RuntimeException e) {
      closeQuietly(ch);
      throw e;
    }
  }

  public Path path() {
    return path;
  }

  /** The file's size in bytes (the apparent size for a sparse core). */
  public long size() {
    return size;
  }

  public ElfHeader header() {
    return header;
  }

  public List<ProgramHeader> programHeaders() {
    return programHeaders;
  }

  /**
   * Reads up to {@code length} bytes at {@code offset}; the buffer is shorter when the file ends
   * first. Little-endian, positioned at 0.
   */
  public ByteBuffer readAt(long offset, int length) {
    ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    try {
      while (b.hasRemaining()) {
        int n = channel.read(b, offset + b.position());
        if (n < 0) {
          break;
        }
        bytesRead += n;
      }
    } catch (IOException e) {
      throw BadInputException.of(path, "cannot read at offset " + offset + ": " + ElfErrors.describe(e));
    }
    return b.flip();
  }

  /** How many bytes this reader has read so far (a core of any size should cost kilobytes). */
  public long bytesRead() {
    return bytesRead;
  }

  /** The section headers with their names; empty for a core or a file without sections. */
  public List<Section> sections() {
    return SectionTable.read(this);
  }

  /** Every note in every PT_NOTE segment, or in SHT_NOTE sections when there is no PT_NOTE. */
  public List<ElfNote> notes(List<String> problems) {
    List<ElfNote> notes = new ArrayList<>();
    boolean anySegment = false;
    for (ProgramHeader ph : programHeaders) {
      if (ph.type() == ProgramHeader.PT_NOTE) {
        anySegment = true;
        notes.addAll(notesAt(ph.offset(), ph.filesz(), ph.align() == 8 ? 8 : 4, problems));
      }
    }
    if (!anySegment) {
      for (Section s : sections()) {
        if (s.type() == Section.SHT_NOTE) {
          notes.addAll(notesAt(s.offset(), s.size(), 4, problems));
        }
      }
    }
    return notes;
  }

  /** The GNU build-id in lower-case hex, if the file has one. */
  public Optional<String> buildId() {
    return notes(new ArrayList<>()).stream().filter(ElfNote::isBuildId).map(ElfNote::descHex).findFirst();
  }

  private List<ElfNote> notesAt(long offset, long length, int align, List<String> problems) {
    if (length > Integer.MAX_VALUE) {
      throw BadInputException.of(path, "note segment of " + length + " bytes");
    }
    ByteBuffer b = readAt(offset, (int) length);
    if (b.remaining() < length) {
      problems.add("note data at offset " + offset + " is cut off by the end of the file");
    }
    return ElfNote.parseAll(b, align, problems);
  }

  private List<ProgramHeader> readProgramHeaders() {
    int n = header.phnum();
    if (n == 0) {
      return List.of();
    }
    if (n > MAX_HEADERS) {
      throw BadInputException.of(path, "implausible program header count " + n);
    }
    int entry = header.phentsize();
    ByteBuffer b = readAt(header.phoff(), n * entry);
    if (b.remaining() < n * entry) {
      throw BadInputException.of(path, "program headers cut off by the end of the file");
    }
    List<ProgramHeader> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      try {
        list.add(ProgramHeader.parse(b, i * entry));
      } catch (IllegalArgumentException e) {
        throw BadInputException.of(path, "program header " + i + ": " + e.getMessage());
      }
    }
    return List.copyOf(list);
  }

  @Override
  public void close() {
    closeQuietly(channel);
  }

  private static void closeQuietly(FileChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException ignored) {
        // read-only channel: nothing was written, nothing to lose
      }
    }
  }
}
