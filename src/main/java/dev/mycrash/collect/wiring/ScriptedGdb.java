package dev.mycrash.collect.wiring;

import dev.mycrash.collect.pipeline.Integrations;
import dev.mycrash.collect.pipeline.Item;
import dev.mycrash.gdb.GdbRequest;
import dev.mycrash.gdb.GdbRun;
import dev.mycrash.gdb.GdbRunner;
import dev.mycrash.gdb.GdbScript;
import dev.mycrash.process.ProcessRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The support team's gdb batch ({@code gdb} package) on the chosen core and binary, with the
 * system's libraries; every file it wrote goes under {@code gdb/}. A timed-out or failed run keeps
 * its partial output and becomes a failed step; a missing gdb a skipped one.
 */
public final class ScriptedGdb implements Integrations.GdbStep {
  private final ProcessRunner runner;

  public ScriptedGdb(ProcessRunner runner) {
    this.runner = runner;
  }

  /** A running server is stopped while gdb reads it: two minutes at most, then gdb is killed (the server goes on). */
  static final java.time.Duration ATTACH_TIMEOUT = java.time.Duration.ofMinutes(2);

  @Override
  public List<Item> items(Path mysqld, Path core, Path workDir) throws Exception {
    Path out = Files.createDirectories(workDir.resolve("gdb"));
    return items("gdb", new GdbRunner(runner).run(GdbRequest.of(mysqld, core, out)));
  }

  @Override
  public List<Item> attach(Path mysqld, long pid, Path workDir) throws Exception {
    Path out = Files.createDirectories(workDir.resolve("gdb-live"));
    return items("gdb-live", new GdbRunner(runner, GdbScript.live()).attach("gdb", mysqld, pid, out, ATTACH_TIMEOUT));
  }

  /** Every file of the run under {@code dir/}, and the step's outcome. */
  private static List<Item> items(String dir, GdbRun run) {
    List<Item> items = new ArrayList<>();
    for (Map.Entry<String, Path> f : run.files().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      items.add(Item.file(dir + ":" + f.getKey(), dir + "/" + f.getKey(), f.getValue()));
    }
    switch (run.status()) {
      case OK -> items.add(Item.generated(dir, dir + "/run.txt", () -> (run.detail() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      case NOT_FOUND, SKIPPED -> items.add(Item.skipped(dir, run.detail()));
      default -> items.add(Item.failed(dir, run.detail()));
    }
    return items;
  }
}
