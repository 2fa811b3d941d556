package dev.mycrash.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-built notes with hand-worked values: the layouts, the padding and damaged notes. */
class NoteParsingTest {

  @Test
  void buildIdNoteAsLdWritesIt() {
    // namesz=4 descsz=8 type=3 "GNU\0" then 8 bytes of id
    ByteBuffer b = le(28).putInt(4).putInt(8).putInt(3).put("GNU\0".getBytes(StandardCharsets.US_ASCII))
        .put(new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef, 0, 1, 2, 3}).flip();
    List<ElfNote> notes = ElfNote.parseAll(b, 4, new ArrayList<>());
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0).isBuildId()).isTrue();
    assertThat(notes.get(0).descHex()).isEqualTo("deadbeef00010203");
  }

  @Test
  void nameIsPaddedToFourBytes() {
    // "CORE\0" is 5 bytes, padded to 8; desc of 2 bytes padded to 4; then a second note
    ByteBuffer b = le(64).putInt(5).putInt(2).putInt(1).put("CORE\0\0\0\0".getBytes(StandardCharsets.US_ASCII))
        .put(new byte[] {7, 0, 0, 0}).putInt(4).putInt(0).putInt(3).put("GNU\0".getBytes(StandardCharsets.US_ASCII))
        .flip();
    List<ElfNote> notes = ElfNote.parseAll(b, 4, new ArrayList<>());
    assertThat(notes).extracting(ElfNote::name).containsExactly("CORE", "GNU");
    assertThat(notes.get(0).desc()).containsExactly(7, 0);
    assertThat(notes.get(1).isBuildId()).as("an empty build-id is no build-id").isFalse();
  }

  @Test
  void noteRunningPastItsSegmentIsAProblemNotACrash() {
    ByteBuffer b = le(20).putInt(4).putInt(400).putInt(1).put("CORE".getBytes(StandardCharsets.US_ASCII)).flip();
    List<String> problems = new ArrayList<>();
    assertThat(ElfNote.parseAll(b, 4, problems)).isEmpty();
    assertThat(problems).containsExactly("note at offset 0 runs past its segment (truncated)");
  }

  @Test
  void ntFileWithTwoMappings() {
    // count=2 page_size=4096, (0x1000,0x3000,0) (0x3000,0x4000,2 pages), "/a.so\0/b\0"
    ByteBuffer d = le(16 + 48 + 9).putLong(2).putLong(4096).putLong(0x1000).putLong(0x3000).putLong(0)
        .putLong(0x3000).putLong(0x4000).putLong(2).put("/a.so\0/b\0".getBytes(StandardCharsets.US_ASCII));
    MappedFiles f = MappedFiles.parse(new ElfNote("CORE", ElfNote.NT_FILE, d.array()));
    assertThat(f.pageSize()).isEqualTo(4096);
    assertThat(f.mappings()).containsExactly(new MappedFile(0x1000, 0x3000, 0, "/a.so"),
        new MappedFile(0x3000, 0x4000, 0x2000, "/b"));
  }

  @Test
  void ntFileClaimingMoreEntriesThanItHoldsIsRejected() {
    ByteBuffer d = le(16 + 24).putLong(1000).putLong(4096).putLong(0).putLong(0).putLong(0);
    assertThatThrownBy(() -> MappedFiles.parse(new ElfNote("CORE", ElfNote.NT_FILE, d.array())))
        .hasMessage("NT_FILE claims 1000 entries in 40 bytes");
    List<String> problems = new ArrayList<>();
    CoreNotes notes = CoreNotes.of(List.of(new ElfNote("CORE", ElfNote.NT_FILE, d.array())), 62, problems);
    assertThat(notes.files()).isEqualTo(MappedFiles.NONE);
    assertThat(problems).containsExactly("undecodable note type 0x46494c45: NT_FILE claims 1000 entries in 40 bytes",
        "no NT_PRSTATUS note: the core has no thread");
  }

  @Test
  void prstatusFieldsAtTheirOffsets() {
    ByteBuffer d = le(336);
    d.putShort(12, (short) 11).putInt(32, 7767).putLong(112 + 16 * 8, 0x7f22acd70160L);
    CoreThread t = CoreThread.parse(new ElfNote("CORE", ElfNote.NT_PRSTATUS, d.array()), ElfHeader.EM_X86_64);
    assertThat(t).isEqualTo(new CoreThread(7767, 11, 0x7f22acd70160L));
    assertThat(CoreThread.parse(new ElfNote("CORE", ElfNote.NT_PRSTATUS, d.array()), 183).pc()).isNull();
  }

  @Test
  void deletedLibraryIsFlagged() {
    assertThat(new Libraries.Library("/usr/lib/x86_64-linux-gnu/libssl.so.3 (deleted)", false, true).deleted())
        .isTrue();
  }

  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }
}
