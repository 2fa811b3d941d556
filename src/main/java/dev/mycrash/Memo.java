package dev.mycrash;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers already worked out for a pure function of a string, for the names that come back in
 * every crash of a crash loop (demangled symbols, normalised frame names, frame-list tests).
 * Bounded: when full it starts again empty, so a run over many distinct names keeps a steady size.
 * Safe to share between threads; a null answer is remembered too.
 */
public final class Memo<V> {
  private final Function<String, V> work;
  private final int max;
  private final Map<String, Optional<V>> answers = new ConcurrentHashMap<>();

  public Memo(Function<String, V> work, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("a memo holds at least one answer");
    }
    this.work = work;
    this.max = max;
  }

  /** {@code work(key)}, worked out once per key while the memo holds it. */
  public V get(String key) {
    Optional<V> known = answers.get(key);
    if (known != null) {
      return known.orElse(null);
    }
    V v = work.apply(key);
    if (answers.size() >= max) {
      answers.clear();
    }
    answers.put(key, Optional.ofNullable(v));
    return v;
  }
}
