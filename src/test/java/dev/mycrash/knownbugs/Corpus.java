package dev.mycrash.knownbugs;

import dev.mycrash.triage.CrashRecord;
import dev.mycrash.triage.EngineCrashSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.net.URISyntaxException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Access to the test copies of the generated-here corpus (see its PROVENANCE.md). */
final class Corpus {
  static final String DIR = "/knownbugs/generated-here/";
  private static final Pattern TERMINATED = Pattern.compile("Program terminated with signal (SIG[A-Z]+)");

  private Corpus() {}

  static Path path(String name) {
    return resource(DIR + name);
  }

  static Path resource(String absolute) {
    try {
      return Paths.get(Corpus.class.getResource(absolute).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The crashes triage's reader (the error-log engine) finds in {@code <scenario>.log}. */
  static List<CrashRecord> logCrashes(String file) {
    try (InputStream in = Corpus.class.getResourceAsStream(DIR + file)) {
      return new EngineCrashSource().read(file, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** gdb's crashing thread as CrashFacts, with the assertion taken from the log as mariadb-qa does. */
  static CrashFacts gdbFacts(String gdbFile, String assertionFromLog) throws IOException {
    Path p = path(gdbFile);
    Matcher m = TERMINATED.matcher(java.nio.file.Files.readString(p));
    Integer sig = m.find() ? SignalNames.number(m.group(1)) : null;
    return new CrashFacts(sig, assertionFromLog, CorpusFrames.gdbCrashingThread(p));
  }
}
