package dev.mycrash.symbols;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error log of the shared corpus, filtered, equals c++filt's output byte for byte. */
class CorpusLogsTest {
  static Stream<Path> logs() throws IOException, URISyntaxException {
    Path dir = Path.of(CorpusLogsTest.class.getResource("/demangle/logs").toURI());
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> logs = s.filter(p -> p.toString().endsWith(".log")).sorted().toList();
      return logs.stream();
    }
  }

  private static byte[] filter(byte[] in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CxxFilt.filter(new ByteArrayInputStream(in), out);
    return out.toByteArray();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("logs")
  void filteredLogEqualsCxxFiltOutput(Path log) throws IOException {
    byte[] expected = Files.readAllBytes(Path.of(log + ".cxxfilt"));
    assertThat(filter(Files.readAllBytes(log))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("logs")
  void sameWithCrlfLineEndsAndWithTheTailCutOff(Path log) throws IOException {
    String text = Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1);
    String expected = Files.readString(Path.of(log + ".cxxfilt"), java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] crlf = text.replace("\n", "\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(new String(filter(crlf), java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo(expected.replace("\n", "\r\n"));
    int cut = text.lastIndexOf('\n', text.length() - 2) + 1;
    byte[] head = text.substring(0, cut).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    int expectedCut = expected.lastIndexOf('\n', expected.length() - 2) + 1;
    assertThat(new String(filter(head), java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo(expected.substring(0, expectedCut));
  }

  @Test
  void theCorpusHasMangledFramesThatActuallyChange() throws IOException, URISyntaxException {
    long changed = 0;
    for (Path log : logs().toList()) {
      byte[] in = Files.readAllBytes(log);
      byte[] expected = Files.readAllBytes(Path.of(log + ".cxxfilt"));
      if (!java.util.Arrays.equals(in, expected)) {
        changed++;
      }
    }
    assertThat(logs().count()).isGreaterThanOrEqualTo(40);
    assertThat(changed).as("logs in which c++filt changed something").isGreaterThanOrEqualTo(10);
  }

  @Test
  void inputFileIsNotModified() throws IOException, URISyntaxException {
    Path log = logs().filter(p -> p.toString().contains("sig_segv")).findFirst().orElseThrow();
    byte[] before = Files.readAllBytes(log);
    try (InputStream in = Files.newInputStream(log)) {
      CxxFilt.filter(in, new ByteArrayOutputStream());
    }
    assertThat(Files.readAllBytes(log)).isEqualTo(before);
  }
}
