package dev.mycrash.knownbugs;

import dev.mycrash.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The curated known bugs: every {@code *.yaml} of a directory (or of the classpath folder
 * {@code known-bugs/} inside the jar). Loading rejects the whole database when one entry is
 * invalid, naming the entry; {@link #check} lists every problem instead (for {@code known-bugs
 * validate}).
 */
public record KnownBugDatabase(List<KnownBug> bugs) {
  public KnownBugDatabase {
    bugs = List.copyOf(bugs);
  }

  /** Loads {@code dir}; BadInputException "FILE: ID: problem" for the first bad entry. */
  public static KnownBugDatabase load(Path dir) {
    Map<String, String> files = readDir(dir);
    List<KnownBug> out = new ArrayList<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      try {
        out.add(EntryReader.read(f.getKey(), f.getValue()));
      } catch (InvalidEntryException e) {
        throw BadInputException.of(dir.resolve(f.getKey()), e.getMessage());
      }
    }
    return new KnownBugDatabase(out);
  }

  /** Every problem of every entry in {@code dir}, as "FILE: ID: problem"; empty when valid. */
  public static List<String> check(Path dir) {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> f : readDir(dir).entrySet()) {
      try {
        EntryReader.read(f.getKey(), f.getValue());
      } catch (InvalidEntryException e) {
        problems.add(dir.resolve(f.getKey()) + ": " + e.getMessage());
      }
    }
    return problems;
  }

  /** Parses entries given as file name to text (used for the copy packaged in the jar). */
  public static KnownBugDatabase of(Map<String, String> files, String where) {
    List<KnownBug> out = new ArrayList<>();
    for (Map.Entry<String, String> f : new TreeMap<>(files).entrySet()) {
      try {
        out.add(EntryReader.read(f.getKey(), f.getValue()));
      } catch (InvalidEntryException e) {
        throw BadInputException.of(where + "/" + f.getKey(), e.getMessage());
      }
    }
    return new KnownBugDatabase(out);
  }

  private static Map<String, String> readDir(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw BadInputException.of(dir, "not a directory");
    }
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".yaml")).toList()) {
        files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw BadInputException.of(dir, "cannot read: " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw BadInputException.of(dir, "cannot read: " + e.getCause().getMessage());
    }
    return files;
  }
}
