package dev.mycrash.collect.pipeline;

import dev.mycrash.bundle.StepOutcome;
import dev.mycrash.collect.locate.LocateRequest;
import dev.mycrash.collect.locate.Locations;
import dev.mycrash.collect.locate.LogFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which mysqld binary belongs to the core: {@code --mysqld} when given; else the core's own record
 * (NT_PRPSINFO / first NT_FILE entry); else the path the error log names; else the running
 * server's executable.
 */
final class MysqldStep {
  private MysqldStep() {}

  static CollectContext.Resolved resolve(LocateRequest req, CollectContext.Resolved core, LogFacts facts, Locations loc,
      Integrations integ, StepLog log) {
    if (req.mysqld() != null) {
      return exists(req.mysqld(), "--mysqld", log);
    }
    if (core.found() && integ.coreReader() != null) {
      Optional<Path> fromCore = log.timed("mysqld:from-core", () -> integ.coreReader().executable(core.path()));
      if (fromCore != null && fromCore.isPresent()) {
        return exists(fromCore.get(), "named by the core", log);
      }
    }
    if (facts.exe() != null) {
      return exists(Path.of(facts.exe()), "named by the error log", log);
    }
    if (loc.mysqld() != null) {
      return exists(loc.mysqld(), loc.mysqldFrom(), log);
    }
    log.add(StepOutcome.failed("mysqld:locate", "no binary named by --mysqld, the core, the error log or a running server", 0));
    return CollectContext.Resolved.missing("not found");
  }

  private static CollectContext.Resolved exists(Path p, String how, StepLog log) {
    if (Files.isRegularFile(p)) {
      return new CollectContext.Resolved(p, how, null);
    }
    log.add(StepOutcome.failed("mysqld:locate", p + " (" + how + ") does not exist here", 0));
    return CollectContext.Resolved.missing(p + " (" + how + ") does not exist here");
  }
}
