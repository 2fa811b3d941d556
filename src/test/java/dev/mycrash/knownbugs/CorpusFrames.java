package dev.mycrash.knownbugs;

import dev.mycrash.symbols.Frame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test-side reader of gdb's crashing thread from the corpus' gdb output ({@code thread apply all
 * bt}): finds "[Current thread is N ...]" and returns that thread's first block of {@code #k}
 * lines as frames. Replaced by the elfgdb parser where available.
 */
final class CorpusFrames {
  private static final Pattern CURRENT = Pattern.compile("^\\[Current thread is (\\d+) ");
  private static final Pattern GDB_FRAME =
      Pattern.compile("^#(\\d+)\\s+(?:(0x[0-9a-f]+) in )?(.+?) \\((.*)\\)(?: at (\\S+?):(\\d+)| from (\\S+))?$");

  private CorpusFrames() {}

  static List<Frame> gdbCrashingThread(Path gdbOutput) throws IOException {
    List<String> lines = Files.readAllLines(gdbOutput);
    String thread = null;
    for (String l : lines) {
      Matcher m = CURRENT.matcher(l);
      if (m.find()) {
        thread = m.group(1);
        break;
      }
    }
    List<Frame> out = new ArrayList<>();
    boolean in = false;
    for (String l : lines) {
      if (l.startsWith("Thread " + thread + " (")) {
        in = true;
        continue;
      }
      if (in && l.isBlank()) {
        break;
      }
      if (in && l.startsWith("#")) {
        out.add(gdbFrame(l));
      }
    }
    return out;
  }

  static Frame gdbFrame(String l) {
    if (l.contains("<signal handler called>")) {
      return new Frame(l, null, null, "<signal handler called>", null, null, null, null, true);
    }
    Matcher m = GDB_FRAME.matcher(l);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a gdb frame: " + l);
    }
    String fn = m.group(3).equals("??") ? null : m.group(3);
    Integer line = m.group(6) == null ? null : Integer.valueOf(m.group(6));
    return new Frame(l, m.group(7), fn, fn, null, m.group(2), m.group(5), line, false);
  }
}
