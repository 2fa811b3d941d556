package dev.mycrash.collect.locate;

import dev.mycrash.collect.options.OptionFiles;
import java.nio.file.Path;
import java.util.List;

/**
 * Where everything is, and how each place was found ("--error-log", "log-error in /etc/my.cnf",
 * "default <hostname>.err", ...), so the summary can say it.
 *
 * @param errorLog the error log, or null when none could be named
 * @param errorLogFrom how it was found
 * @param datadir the datadir
 * @param datadirFrom how it was found
 * @param core the user's {@code --core}, or null (then the core is searched for)
 * @param mysqld the user's {@code --mysqld}, or the best guess before the core is read; may be null
 * @param mysqldFrom how it was found
 * @param optionFiles what the option files say
 * @param server the running server looked at, or null
 * @param hostname this host's name
 * @param notes things worth telling (several servers running, a syslog error log)
 */
public record Locations(
    Path errorLog,
    String errorLogFrom,
    Path datadir,
    String datadirFrom,
    Path core,
    Path mysqld,
    String mysqldFrom,
    OptionFiles optionFiles,
    ServerProcess server,
    String hostname,
    List<String> notes) {
  public Locations {
    notes = List.copyOf(notes);
    if (datadir == null || optionFiles == null || hostname == null) {
      throw new IllegalArgumentException("datadir, optionFiles and hostname are always known");
    }
  }
}
