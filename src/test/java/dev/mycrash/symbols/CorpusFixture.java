package dev.mycrash.symbols;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** The symbol corpus of {@code demangle/corpus.tsv.gz}: real symbols and c++filt's output. */
final class CorpusFixture {
  record Entry(String symbol, String expected) {}

  private static List<Entry> cache;

  private CorpusFixture() {}

  static synchronized List<Entry> entries() {
    if (cache == null) {
      cache = load();
    }
    return cache;
  }

  private static List<Entry> load() {
    List<Entry> out = new ArrayList<>(80_000);
    try (InputStream raw = CorpusFixture.class.getResourceAsStream("/demangle/corpus.tsv.gz");
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.ISO_8859_1))) {
      String line;
      while ((line = r.readLine()) != null) {
        int tab = line.indexOf('\t');
        out.add(new Entry(line.substring(0, tab), line.substring(tab + 1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
