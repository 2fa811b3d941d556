package dev.mycrash.errorlog.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.errorlog.Fixtures;
import dev.mycrash.errorlog.parse.Marker;
import dev.mycrash.errorlog.parse.Markers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sieve may let through lines that mean nothing, never drop one that means something: on every
 * fixture log, each line the classifier gives a meaning (or that opens a semaphore report, or is a
 * Version line) is a sieve candidate; and the needle pre-filter agrees for JSON-wrapped logs.
 */
class LineSieveTest {

  static List<Path> fixtures() throws IOException {
    try (Stream<Path> s = Files.list(Fixtures.path("real"))) {
      List<Path> real = s.sorted().toList();
      return Stream.concat(real.stream(), Stream.of(Fixtures.path(Fixtures.FULL),
          Fixtures.path("generated/semaphore-threshold1-interleaved-truncated.error.log"))).toList();
    }
  }

  private static boolean meaningful(String canonical) {
    return Markers.classify(canonical).kind() != Marker.Kind.OTHER || Markers.isSemaphoreTrigger(canonical)
        || Markers.isVersionLine(canonical);
  }

  @Test
  void everyMeaningfulLineIsACandidate() throws IOException {
    for (Path p : fixtures()) {
      String text = Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1);
      Wrapper w = WrapperDetector.detect(WrapperDetector.sample(text, 64));
      byte[] bytes = Files.readAllBytes(p);
      Set<Integer> cand = new HashSet<>();
      for (int s : w == Wrapper.FLUENT_JSON ? Needles.candidateLineStarts(text, false)
          : LineSieve.scan(new RawChunk(bytes, bytes.length, 0, false)).candidates()) {
        cand.add(s);
      }
      int pos = 0;
      int n = 1;
      while (pos < text.length()) {
        int nl = text.indexOf('\n', pos);
        int end = nl < 0 ? text.length() : nl;
        String canonical = w.strip(LineText.decode(text, pos, end));
        if (meaningful(canonical)) {
          assertThat(cand).as(p.getFileName() + " line " + n + ": " + canonical).contains(pos);
        }
        pos = end + 1;
        n++;
      }
    }
  }

  @Test
  void sieveCountsLinesLikeTheNeedleScan() throws IOException {
    for (Path p : fixtures()) {
      byte[] bytes = Files.readAllBytes(p);
      RawChunk c = new RawChunk(bytes, bytes.length, 0, false);
      assertThat(LineSieve.scan(c).newlines()).as(p.toString()).isEqualTo(ScannedChunk.scan(c).newlines());
    }
  }

  @Test
  void mostLinesAreNotCandidates() {
    // full-error.log: 711 lines; the markers are 10 starts, 10 ready + Version, 8 headers, recoveries, shutdowns
    byte[] b = Fixtures.text(Fixtures.FULL).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    ScannedChunk s = LineSieve.scan(new RawChunk(b, b.length, 0, false));
    assertThat(s.candidates().length).isBetween(40, 80);
  }
}
