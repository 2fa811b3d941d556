package dev.mycrash.knownbugs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A named list of frame-name patterns read from a data file: one Java regex per line, {@code #}
 * starts a comment line, blank lines are ignored. For example {@code abort-frames.txt}:
 *
 * <pre>
 * # glibc: pthread_kill/raise/abort and the assert helpers
 * __pthread_kill_implementation
 * __GI_raise
 * </pre>
 *
 * @param name the file name, used in explanations ("skipped by abort-frames.txt")
 * @param patterns the compiled patterns
 * @param find true to find a pattern anywhere in the name (grep style), false to match it whole
 */
public record FrameList(String name, List<Pattern> patterns, boolean find, Compiled compiled) {
  private static final Pattern META = Pattern.compile("[\\\\^$.|?*+()\\[\\]{}]");

  public FrameList {
    patterns = List.copyOf(patterns);
    compiled = Compiled.of(patterns, find);
  }

  public FrameList(String name, List<Pattern> patterns, boolean find) {
    this(name, patterns, find, null);
  }

  /** True when {@code function} is on this list. */
  public boolean contains(String function) {
    return compiled.test(function);
  }

  /**
   * The patterns prepared for speed: plain names (no regex metacharacters, whole-name lists,
   * case-sensitive) in a hash set, the rest joined into one alternation, and the answers already
   * given (the same frames come back in every crash of a crash loop; a search of the alternation
   * at every position of a name is the costly part).
   */
  static final class Compiled {
    private final java.util.Set<String> literals;
    private final Pattern rest;
    private final boolean find;
    private final dev.mycrash.Memo<Boolean> answered = new dev.mycrash.Memo<>(this::search, 20_000);

    Compiled(java.util.Set<String> literals, Pattern rest, boolean find) {
      this.literals = literals;
      this.rest = rest;
      this.find = find;
    }

    static Compiled of(List<Pattern> patterns, boolean find) {
      java.util.Set<String> lit = new java.util.HashSet<>();
      List<String> other = new ArrayList<>();
      int flags = 0;
      for (Pattern p : patterns) {
        flags |= p.flags();
        if (!find && p.flags() == 0 && !META.matcher(p.pattern()).find()) {
          lit.add(p.pattern());
        } else {
          other.add("(?:" + p.pattern() + ")");
        }
      }
      Pattern rest = other.isEmpty() ? null : Pattern.compile(String.join("|", other), flags);
      return new Compiled(lit, rest, find);
    }

    boolean test(String s) {
      return literals.contains(s) || (rest != null && answered.get(s));
    }

    private boolean search(String s) {
      return find ? rest.matcher(s).find() : rest.matcher(s).matches();
    }
  }

  /** Loads a list shipped beside this class; a bad pattern is an error naming file and line. */
  public static FrameList resource(String file, boolean find, boolean ignoreCase) {
    try (InputStream in = FrameList.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing data file " + file);
      }
      return parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8), find, ignoreCase);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses list text; throws IllegalArgumentException naming the file and line of a bad regex. */
  public static FrameList parse(String file, String text, boolean find, boolean ignoreCase) {
    List<Pattern> out = new ArrayList<>();
    int flags = ignoreCase ? Pattern.CASE_INSENSITIVE : 0;
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        try {
          out.add(Pattern.compile(t, flags));
        } catch (PatternSyntaxException e) {
          throw new IllegalArgumentException(file + ":" + n + ": bad pattern: " + e.getDescription());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new FrameList(file, out, find);
  }

}
