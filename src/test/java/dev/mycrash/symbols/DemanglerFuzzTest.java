package dev.mycrash.symbols;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Hostile input: mutated real symbols, random strings, deep nesting, exponential substitutions,
 * huge numbers, a 1 MB symbol. Nothing may escape, and each symbol must finish quickly. Runs on a
 * thread with a 256 KB stack to show that the demangler does not need a big caller stack.
 */
class DemanglerFuzzTest {
  private static final long PER_SYMBOL_BOUND_NANOS = 1_000_000_000L;
  private static final String GRAMMAR = "SNEIZTLXRPKVCDOFJMAUBW_0123456789ivcjlmdfbsptrnaezyx";

  @Test
  void hundredThousandMutatedAndRandomSymbolsNeitherThrowNorHang() throws Exception {
    List<String> inputs = new ArrayList<>();
    Random rnd = new Random(20261123L);
    List<CorpusFixture.Entry> corpus = CorpusFixture.entries();
    for (int i = 0; i < 90_000; i++) {
      inputs.add(mutate(corpus.get(rnd.nextInt(corpus.size())).symbol(), corpus, rnd));
    }
    for (int i = 0; i < 10_000; i++) {
      inputs.add("_Z" + randomString(rnd, 1 + rnd.nextInt(60)));
    }
    String msvcSeed = "?fix_fields@Item_field@@UEAA_NPEAVTHD@@PEAPEAVItem@@@Z";
    String msvcAlphabet = "?@$0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abc";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder m = new StringBuilder(msvcSeed);
      for (int k = 0; k < 1 + rnd.nextInt(4); k++) {
        int p = 1 + rnd.nextInt(m.length() - 1);
        char c = msvcAlphabet.charAt(rnd.nextInt(msvcAlphabet.length()));
        if (rnd.nextBoolean()) {
          m.setCharAt(p, c);
        } else {
          m.insert(p, c);
        }
      }
      inputs.add(m.toString());
    }
    inputs.addAll(hostile());
    runOnSmallStack(() -> check(inputs));
    assertThat(inputs).hasSizeGreaterThan(100_000);
  }

  @Test
  void hostileSymbolsDemangleLikeCxxFiltWouldOrStayUnchanged() throws Exception {
    runOnSmallStack(() -> {
      String deepPointers = "_Z1f" + "P".repeat(1015) + "i";
      assertThat(Demangler.demangle(deepPointers)).isEqualTo("f(int" + "*".repeat(1015) + ")");
      String megabyte = "_Z" + "N1a".repeat(350_000) + "E";
      assertThat(Demangler.demangle(megabyte)).isSameAs(megabyte);
      StringBuilder doubling = new StringBuilder("_Z1f1A1BIS_S_E");
      for (int k = 0; k < 80; k++) {
        doubling.append("S0_I").append(substitution(2 + k)).append(substitution(2 + k)).append('E');
      }
      assertThat(Demangler.demangle(doubling.toString())).isEqualTo(doubling.toString());
      String hugeCount = "_Z99999999999999999999fv";
      assertThat(Demangler.demangle(hugeCount)).isEqualTo(hugeCount);
    });
  }

  private static void check(List<String> inputs) {
    for (String s : inputs) {
      long t0 = System.nanoTime();
      String out = Demangler.demangle(s);
      long took = System.nanoTime() - t0;
      assertThat(out).as("result for %s", s).isNotNull();
      assertThat(took).as("nanoseconds for %s", s).isLessThan(PER_SYMBOL_BOUND_NANOS);
      String filtered = CxxFilt.filterLine(s + " x");
      assertThat(filtered).endsWith(" x");
    }
  }

  static List<String> hostile() {
    List<String> h = new ArrayList<>();
    h.add("_Z1f" + "P".repeat(1015) + "i");
    h.add("_Z1f" + "PF".repeat(505) + "v");
    h.add("_Z1f" + "I".repeat(1000) + "iE");
    h.add("_Z1f" + "A1_".repeat(330) + "i");
    h.add("_ZN" + "1aIN".repeat(200) + "E");
    h.add("_Z1fIX" + "ng".repeat(500) + "Li1EEEvv");
    h.add("_Z1f" + "M1A".repeat(330) + "i");
    h.add("_Z1f" + "RO".repeat(500) + "i");
    h.add("_Z1fILi1E" + "S_".repeat(500));
    h.add("_Z1fi" + "PS0_".repeat(250));
    h.add("_ZZ".repeat(300) + "1fvE");
    h.add("_Z3fooIJiiiiEEv" + "DpT_".repeat(250));
    // Each template argument list repeats the previous type twice: 80 levels would print 2^80
    // characters (c++filt never finishes); we give up past 1 MiB of output instead.
    StringBuilder blow = new StringBuilder("_Z1f1A1BIS_S_E");
    for (int k = 0; k < 80; k++) {
      String prev = substitution(2 + k);
      blow.append("S0_I").append(prev).append(prev).append('E');
    }
    h.add(blow.toString());
    h.add("_Z" + "N1a".repeat(350_000) + "E");
    h.add("_Z99999999999999999999fv");
    h.add("_ZSt99999999999999999999_");
    h.add("_Z1fT99999999999999999_");
    h.add("\0_Z1fv");
    return h;
  }

  /** {@code S_}, {@code S0_}, ... {@code SZ_}, {@code S10_} for substitution number n. */
  static String substitution(int n) {
    if (n == 0) {
      return "S_";
    }
    return "S" + Integer.toString(n - 1, 36).toUpperCase(java.util.Locale.ROOT) + "_";
  }

  private static String mutate(String s, List<CorpusFixture.Entry> corpus, Random rnd) {
    StringBuilder b = new StringBuilder(s);
    int ops = 1 + rnd.nextInt(3);
    for (int k = 0; k < ops && b.length() > 2; k++) {
      int p = 2 + rnd.nextInt(b.length() - 2);
      switch (rnd.nextInt(6)) {
        case 0 -> b.setCharAt(p, GRAMMAR.charAt(rnd.nextInt(GRAMMAR.length())));
        case 1 -> b.insert(p, GRAMMAR.charAt(rnd.nextInt(GRAMMAR.length())));
        case 2 -> b.deleteCharAt(p);
        case 3 -> b.insert(p, b.substring(p, Math.min(b.length(), p + 1 + rnd.nextInt(8))));
        case 4 -> b.setLength(p);
        default -> {
          String o = corpus.get(rnd.nextInt(corpus.size())).symbol();
          int q = 2 + rnd.nextInt(Math.max(1, o.length() - 2));
          b.insert(p, o, Math.min(q, o.length()), Math.min(o.length(), q + 1 + rnd.nextInt(12)));
        }
      }
    }
    return b.toString();
  }

  private static String randomString(Random rnd, int len) {
    StringBuilder b = new StringBuilder(len);
    for (int i = 0; i < len; i++) {
      b.append(GRAMMAR.charAt(rnd.nextInt(GRAMMAR.length())));
    }
    return b.toString();
  }

  private static void runOnSmallStack(Runnable r) throws Exception {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        r.run();
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "fuzz", 256 * 1024);
    t.start();
    t.join();
    if (failure.get() instanceof AssertionError ae) {
      throw ae;
    }
    assertThat(failure.get()).as("nothing escapes").isNull();
  }
}
