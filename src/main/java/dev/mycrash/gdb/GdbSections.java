package dev.mycrash.gdb;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams gdb's standard output (tens of MB for {@code bt full} of a busy server) into one file
 * per section, splitting at the marker lines the script echoes (see {@link GdbMarkers} for
 * the shape), and says how complete each section is. Leading and trailing blank lines of a
 * section are dropped; the preamble (what gdb printed while loading the core) heads the
 * backtrace files.
 */
final class GdbSections {
  private static final int MAX_PREAMBLE_LINES = 2000;
  private static final String KILLED = "[mycrash: gdb was killed at the timeout; this output is incomplete]";

  private GdbSections() {}

  static Map<String, GdbRun.SectionState> write(
      GdbScript script, Path stdout, boolean killed, Path dir, Map<String, Path> files) {
    Map<String, GdbSection> byName = new LinkedHashMap<>();
    script.sections().forEach(s -> byName.put(s.name(), s));
    Map<String, GdbRun.SectionState> states = new LinkedHashMap<>();
    byName.keySet().forEach(n -> states.put(n, GdbRun.SectionState.MISSING));
    List<String> preamble = new ArrayList<>();
    SectionWriter open = null;
    try (BufferedReader in = reader(stdout)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        GdbSection next = line.startsWith(GdbScript.MARKER) ? byName.get(GdbMarkers.name(line)) : null;
        if (next != null) {
          finish(open, states, false);
          open = new SectionWriter(dir.resolve(next.fileName()), next.name());
          files.put(next.fileName(), open.path);
          if (next.withPreamble()) {
            open.preamble(preamble);
          }
        } else if (open != null) {
          open.line(line);
        } else if (preamble.size() < MAX_PREAMBLE_LINES) {
          preamble.add(line);
        }
      }
      finish(open, states, killed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return states;
  }

  private static void finish(SectionWriter w, Map<String, GdbRun.SectionState> states, boolean cut)
      throws IOException {
    if (w == null) {
      return;
    }
    if (cut) {
      w.note(KILLED);
    }
    w.close();
    states.put(w.name, cut ? GdbRun.SectionState.PARTIAL
        : w.lines == 0 ? GdbRun.SectionState.EMPTY : GdbRun.SectionState.COMPLETE);
  }

  private static BufferedReader reader(Path p) throws IOException {
    if (!Files.exists(p)) {
      return new BufferedReader(new java.io.StringReader(""));
    }
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(p), decoder));
  }

  /** Writes one section, holding back blank lines until a non-blank one follows. */
  private static final class SectionWriter {
    final Path path;
    final String name;
    final BufferedWriter out;
    int lines;
    int pendingBlanks;
    boolean wroteAnything;

    SectionWriter(Path path, String name) throws IOException {
      this.path = path;
      this.name = name;
      Files.createDirectories(path.getParent());
      this.out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    }

    void preamble(List<String> lines) throws IOException {
      String text = GdbMarkers.join(lines);
      if (!text.isEmpty()) {
        out.write(text);
        out.write('\n');
        wroteAnything = true;
      }
    }

    void line(String line) throws IOException {
      if (line.isBlank()) {
        pendingBlanks += lines == 0 ? 0 : 1;
        return;
      }
      for (; pendingBlanks > 0; pendingBlanks--) {
        out.write('\n');
      }
      out.write(line);
      out.write('\n');
      lines++;
      wroteAnything = true;
    }

    void note(String text) throws IOException {
      out.write((wroteAnything ? "\n" : "") + text + "\n");
    }

    void close() throws IOException {
      out.close();
    }
  }
}
