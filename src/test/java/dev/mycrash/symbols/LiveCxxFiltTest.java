package dev.mycrash.symbols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mycrash.process.ProcessResult;
import dev.mycrash.process.ProcessRunner;
import dev.mycrash.process.ProcessSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Compares against the c++filt installed here, when there is one: the whole corpus, and mutated
 * symbols (which find grammar corners the corpus does not have). Symbols go as arguments, so
 * c++filt prints one line each.
 */
class LiveCxxFiltTest {
  private static final int BATCH = 2000;

  private static List<String> cxxfilt(List<String> symbols) throws Exception {
    List<String> out = new ArrayList<>(symbols.size());
    ProcessRunner runner = ProcessRunner.system();
    for (int i = 0; i < symbols.size(); i += BATCH) {
      List<String> argv = new ArrayList<>();
      argv.add("c++filt");
      argv.addAll(symbols.subList(i, Math.min(symbols.size(), i + BATCH)));
      ProcessResult r = runner.run(new ProcessSpec(argv, Duration.ofSeconds(60), null, null, null, null));
      assumeTrue(!r.notFound(), "c++filt is not on PATH");
      assertThat(r.ok()).as(r.describe()).isTrue();
      String[] lines = r.stdout().split("\n", -1);
      for (int k = 0; k < argv.size() - 1; k++) {
        out.add(lines[k]);
      }
    }
    return out;
  }

  private static void assertSameAsCxxFilt(List<String> symbols) throws Exception {
    List<String> expected = cxxfilt(symbols);
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < symbols.size(); i++) {
      String got = Demangler.demangle(symbols.get(i));
      if (!got.equals(expected.get(i))) {
        mismatches.add(symbols.get(i) + "\n  c++filt: " + expected.get(i) + "\n  ours:    " + got);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void corpusAgreesWithInstalledCxxFilt() throws Exception {
    List<String> symbols = CorpusFixture.entries().stream().map(CorpusFixture.Entry::symbol).toList();
    assertSameAsCxxFilt(symbols);
  }

  @Test
  void mutatedHardCasesAgreeWithInstalledCxxFilt() throws Exception {
    List<String> hard = new ArrayList<>();
    for (String line : new String(LiveCxxFiltTest.class.getResourceAsStream("/demangle/hard-cases.tsv")
        .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
      if (!line.startsWith("#") && !line.isBlank()) {
        hard.add(line.substring(0, line.indexOf('\t')));
      }
    }
    String[] codes = {"cl", "dt", "sr", "fp_", "T_", "sp", "Dp", "DT", "L", "X", "E", "I", "tl",
      "il", "nw", "cv", "st", "sZ", "sP", "fl", "fL", "di", "dx", "qu", "gs", "on", "Ul", "Ut", "u",
      "S_", "S0_", "B5cxx11", "C1", "D0", "M", "A1_", "F", "R", "O", "K", "Dx", "DO", "W3foo", "DC"};
    Random rnd = new Random(11);
    List<String> symbols = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder(hard.get(rnd.nextInt(hard.size())));
      int p = 2 + rnd.nextInt(Math.max(1, b.length() - 2));
      switch (rnd.nextInt(3)) {
        case 0 -> b.insert(Math.min(p, b.length()), codes[rnd.nextInt(codes.length)]);
        case 1 -> b.deleteCharAt(Math.min(p, b.length() - 1));
        default -> b.setLength(Math.min(p, b.length()));
      }
      symbols.add(b.toString());
    }
    assertSameAsCxxFilt(symbols);
  }

  @Test
  void mutatedSymbolsAgreeWithInstalledCxxFilt() throws Exception {
    Random rnd = new Random(7);
    List<CorpusFixture.Entry> corpus = CorpusFixture.entries();
    String alphabet = "SNEIZTLXRPKVCDOFJMAUB_0123456789ivcjlmdfb";
    List<String> symbols = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder(corpus.get(rnd.nextInt(corpus.size())).symbol());
      int p = 2 + rnd.nextInt(b.length() - 2);
      switch (rnd.nextInt(3)) {
        case 0 -> b.setCharAt(p, alphabet.charAt(rnd.nextInt(alphabet.length())));
        case 1 -> b.insert(p, alphabet.charAt(rnd.nextInt(alphabet.length())));
        default -> b.deleteCharAt(p);
      }
      symbols.add(b.toString());
    }
    assertSameAsCxxFilt(symbols);
  }
}
