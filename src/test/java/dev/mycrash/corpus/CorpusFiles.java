package dev.mycrash.corpus;

import java.nio.file.Path;

/** Named files of the corpus that tests refer to directly. */
final class CorpusFiles {
  private CorpusFiles() {}

  /** The whole error log of the final generated run: 10 starts, 8 crash reports, 1 silent death. */
  static Path fullErrorLog() {
    return Fixture.root().resolve("generated-here/mariadb-10.11.19-debian12/errorlog/full-error.log");
  }
}
