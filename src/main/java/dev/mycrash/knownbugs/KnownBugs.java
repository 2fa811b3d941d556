package dev.mycrash.knownbugs;

import dev.mycrash.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The one-call API for analyze/collect/triage: {@code KnownBugs.loadDefault().match(facts,
 * version)}. The default database is {@code ./known-bugs/} when it exists (a source checkout),
 * else the copy packaged in the jar under {@code known-bugs/}.
 */
public final class KnownBugs {
  static final String FOLDER = "known-bugs";

  private KnownBugs() {}

  /** A matcher over the default database, without an imported list. */
  public static KnownBugMatcher loadDefault() {
    return new KnownBugMatcher(defaultDatabase(), null);
  }

  /**
   * Starts {@link #loadDefault()} on a daemon thread and returns what waits for it: reading and
   * checking the entries costs a few hundred milliseconds of a cold JVM, which then overlaps the
   * error-log scan. A bad entry is thrown from {@code get()} as it would be from loadDefault.
   */
  public static Supplier<KnownBugMatcher> loadDefaultInBackground() {
    return inBackground(KnownBugs::loadDefault);
  }

  /** Runs {@code work} on a daemon thread; the result waits for it and rethrows its runtime exception. */
  static <T> Supplier<T> inBackground(Supplier<T> work) {
    FutureTask<T> task = new FutureTask<>(work::get);
    Thread t = new Thread(task, "mycrash-known-bugs");
    t.setDaemon(true);
    t.start();
    return () -> {
      try {
        return task.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while loading the known bugs", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        throw new IllegalStateException(e.getCause());
      }
    };
  }

  /** The default database (see class comment). */
  public static KnownBugDatabase defaultDatabase() {
    Path local = Paths.get(FOLDER);
    if (Files.isDirectory(local)) {
      return KnownBugDatabase.load(local);
    }
    return packaged();
  }

  /** The database packaged on the classpath; empty when none was packaged. */
  public static KnownBugDatabase packaged() {
    return packaged(KnownBugs.class.getClassLoader());
  }

  /** The database packaged for {@code loader} (a jar or a classes directory). */
  static KnownBugDatabase packaged(ClassLoader loader) {
    URL readme = loader.getResource(FOLDER + "/README.md");
    if (readme == null) {
      return new KnownBugDatabase(java.util.List.of());
    }
    try {
      Map<String, String> files =
          readme.getProtocol().equals("jar") ? fromJar(readme) : fromDir(Paths.get(readme.toURI()).getParent());
      return KnownBugDatabase.of(files, "classpath:" + FOLDER);
    } catch (IOException | URISyntaxException e) {
      throw new BadInputException("classpath:" + FOLDER + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static Map<String, String> fromJar(URL inJar) throws IOException {
    JarURLConnection c = (JarURLConnection) inJar.openConnection();
    c.setUseCaches(false);
    Map<String, String> out = new TreeMap<>();
    try (JarFile jar = c.getJarFile()) {
      Enumeration<JarEntry> en = jar.entries();
      while (en.hasMoreElements()) {
        JarEntry e = en.nextElement();
        String n = e.getName();
        if (n.startsWith(FOLDER + "/") && n.endsWith(".yaml") && n.indexOf('/', FOLDER.length() + 1) < 0) {
          try (InputStream in = jar.getInputStream(e)) {
            out.put(n.substring(FOLDER.length() + 1), new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
    }
    return out;
  }

  private static Map<String, String> fromDir(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (var s = Files.list(dir)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
