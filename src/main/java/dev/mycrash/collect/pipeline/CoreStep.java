package dev.mycrash.collect.pipeline;

import dev.mycrash.collect.core.CoreCandidate;
import dev.mycrash.collect.core.CoreChooser;
import dev.mycrash.collect.core.CoreFiles;
import dev.mycrash.collect.core.CoreFinder;
import dev.mycrash.collect.core.CoreMaterializer;
import dev.mycrash.collect.core.CorePattern;
import dev.mycrash.collect.core.CrashHint;
import dev.mycrash.collect.locate.HostView;
import dev.mycrash.collect.locate.Locations;
import dev.mycrash.collect.locate.LogFacts;
import dev.mycrash.bundle.StepOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Finds, chooses, waits for and (when compressed) decompresses the crash's core. */
final class CoreStep {
  private CoreStep() {}

  static CollectContext.Resolved resolve(HostView host, Locations loc, LogFacts facts, CollectOptions opts, Path workDir, StepLog log) {
    if (opts.noCore()) {
      log.add(StepOutcome.skipped("core", "--no-core: text-only bundle, no memory contents"));
      return CollectContext.Resolved.missing("not collected (--no-core)");
    }
    CoreCandidate chosen;
    CoreChooser.Choice choice = null;
    if (loc.core() != null) {
      chosen = log.timed("core:locate", () -> given(loc.core()));
    } else {
      CorePattern pattern = new CorePattern(host.corePattern(), host.coreUsesPid());
      // without a crash report (a stack overflow writes none) the last start's pid may be the restarted server's: no pid filter
      CrashHint hint = new CrashHint(facts.hasCrash() ? facts.pid() : null, facts.crashTime(), facts.exe());
      List<CoreCandidate> found = new CoreFinder(host.systemdStore(), host.apportStore()).find(pattern, loc.datadir());
      Optional<CoreChooser.Choice> c = CoreChooser.choose(found, hint);
      if (c.isEmpty()) {
        String why = "no core found (core_pattern '" + pattern.raw() + "', datadir " + loc.datadir() + ", " + found.size() + " candidates)";
        log.add(StepOutcome.failed("core:locate", why, 0));
        return CollectContext.Resolved.missing(why);
      }
      log.add(StepOutcome.ok("core:locate", 0));
      choice = c.get();
      chosen = choice.core();
    }
    if (chosen == null) {
      return CollectContext.Resolved.missing("--core " + loc.core() + " is not readable");
    }
    Boolean stable = opts.coreWait().isZero() ? Boolean.TRUE : log.timed("core:wait-stable", () -> CoreFiles.awaitStableSize(chosen.path(), opts.coreWait(), Duration.ofMillis(500)));
    if (Boolean.FALSE.equals(stable)) {
      log.add(StepOutcome.failed("core:stable", "size still changing after " + opts.coreWait().toSeconds() + " s; collected as it was", 0));
    }
    Path plain = log.timed("core:decompress", () -> CoreMaterializer.plainCore(chosen, workDir));
    if (plain == null) {
      return CollectContext.Resolved.missing("core " + chosen.path() + " could not be decoded");
    }
    String how = loc.core() != null ? "--core" : String.join("; ", choice.reasons());
    return new CollectContext.Resolved(plain, how + (plain.equals(chosen.path()) ? "" : " (decompressed from " + chosen.path() + ")"), choice);
  }

  private static CoreCandidate given(Path core) throws Exception {
    String name = core.getFileName().toString();
    String kind = name.endsWith(".zst") ? "systemd-zst" : name.endsWith(".crash") ? "apport" : "plain";
    return new CoreCandidate(core, kind, Files.size(core), Files.getLastModifiedTime(core).toInstant(), null, null);
  }
}
