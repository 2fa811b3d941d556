package dev.mycrash.symbols;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycrash.symbols.CorpusFixture.Entry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Differential test: 76k real symbols from this machine's C++ libraries, against c++filt 2.40. */
class ItaniumCorpusTest {
  @Test
  void everyLibrarySymbolDemanglesExactlyAsCxxFilt() {
    List<Entry> entries = CorpusFixture.entries();
    assertThat(entries).hasSizeGreaterThan(76_000);
    List<String> mismatches = new ArrayList<>();
    for (Entry e : entries) {
      String got = Demangler.demangle(e.symbol());
      if (!got.equals(e.expected())) {
        mismatches.add(e.symbol() + "\n  c++filt: " + e.expected() + "\n  ours:    " + got);
      }
    }
    assertThat(mismatches).as("symbols demangled differently from c++filt").isEmpty();
  }

  @Test
  void corpusReallyExercisesTheGrammar() {
    // Guards against a fixture that silently lost its hard cases.
    List<Entry> entries = CorpusFixture.entries();
    assertThat(entries).anyMatch(e -> e.expected().contains("[abi:cxx11]"));
    assertThat(entries).anyMatch(e -> e.expected().contains("{lambda("));
    assertThat(entries).anyMatch(e -> e.expected().contains("decltype ("));
    assertThat(entries).anyMatch(e -> e.expected().startsWith("non-virtual thunk to "));
    assertThat(entries).anyMatch(e -> e.expected().startsWith("guard variable for "));
    assertThat(entries).anyMatch(e -> e.expected().contains("::operator "));
  }
}
