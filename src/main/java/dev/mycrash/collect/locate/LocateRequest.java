package dev.mycrash.collect.locate;

import java.nio.file.Path;

/**
 * What the user gave on the command line; every field may be null (then it is located).
 *
 * @param errorLog {@code --error-log}
 * @param datadir {@code --datadir}
 * @param core {@code --core}
 * @param mysqld {@code --mysqld}
 * @param defaultsFile {@code --defaults-file}: read only this option file
 * @param noDefaults {@code --no-defaults}: read no option file
 * @param pid {@code --pid}: the running server to look at, when there are several
 */
public record LocateRequest(Path errorLog, Path datadir, Path core, Path mysqld, Path defaultsFile, boolean noDefaults, Long pid) {
  public static LocateRequest none() {
    return new LocateRequest(null, null, null, null, null, false, null);
  }
}
