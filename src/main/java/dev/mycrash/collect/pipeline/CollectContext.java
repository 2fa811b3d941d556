package dev.mycrash.collect.pipeline;

import dev.mycrash.bundle.Redactor;
import dev.mycrash.collect.core.CoreChooser;
import dev.mycrash.collect.locate.HostView;
import dev.mycrash.collect.locate.Locations;
import dev.mycrash.collect.locate.LogFacts;
import dev.mycrash.process.ProcessRunner;
import java.nio.file.Path;

/**
 * Everything collectors may read: where things are, what the log says, the chosen core and
 * binary, and the services (subprocess runner, redactor, integrations). Built by {@link CollectRun}
 * before any collector declares.
 */
public record CollectContext(
    HostView host,
    Locations locations,
    LogFacts facts,
    CollectOptions options,
    Path workDir,
    ProcessRunner runner,
    Redactor redactor,
    Integrations integrations,
    Resolved core,
    Resolved mysqld) {

  /**
   * A path found by a step, or why there is none.
   *
   * @param path the file, or null
   * @param how how it was found, or why it is missing
   * @param choice for the core: the chooser's verdict, else null
   */
  public record Resolved(Path path, String how, CoreChooser.Choice choice) {
    public static Resolved missing(String why) {
      return new Resolved(null, why, null);
    }

    public boolean found() {
      return path != null;
    }
  }
}
