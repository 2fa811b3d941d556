package dev.mycrash.collect.wiring;

import dev.mycrash.collect.pipeline.Integrations;
import dev.mycrash.collect.pipeline.Item;
import dev.mycrash.gdb.GdbRequest;
import dev.mycrash.gdb.GdbRun;
import dev.mycrash.gdb.GdbRunner;
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

  @Override
  public List<Item> items(Path mysqld, Path core, Path workDir) throws Exception {
    Path out = Files.createDirectories(workDir.resolve("gdb"));
    GdbRun run = new GdbRunner(runner).run(GdbRequest.of(mysqld, core, out));
    List<Item> items = new ArrayList<>();
    for (Map.Entry<String, Path> f : run.files().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      items.add(Item.file("gdb:" + f.getKey(), "gdb/" + f.getKey(), f.getValue()));
    }
    switch (run.status()) {
      case OK -> items.add(Item.generated("gdb", "gdb/run.txt", () -> (run.detail() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      case NOT_FOUND, SKIPPED -> items.add(Item.skipped("gdb", run.detail()));
      default -> items.add(Item.failed("gdb", run.detail()));
    }
    return items;
  }
}
