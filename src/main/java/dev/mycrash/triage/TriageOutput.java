package dev.mycrash.triage;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/** The three report formats of {@code mycrash triage}: text, JSON and JUnit XML. */
public final class TriageOutput {
  private TriageOutput() {}

  public static void text(TriageReport r, Registry registry, PrintStream out) {
    TextReport.print(r, registry, out);
  }

  public static void json(TriageReport r, Registry registry, PrintStream out) {
    JsonReport.print(r, registry, out);
  }

  public static void junit(TriageReport r, Path file) throws IOException {
    JunitReport.write(r, file);
  }
}
