package dev.mycrash.collect.steps;

import dev.mycrash.collect.locate.ServerProcess;
import dev.mycrash.collect.pipeline.CollectContext;
import dev.mycrash.collect.pipeline.Collector;
import dev.mycrash.collect.pipeline.Item;
import dev.mycrash.process.ProcessResult;
import dev.mycrash.process.ProcessSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Host facts under {@code host/}: {@code uname -a}, os-release, core_pattern, meminfo, and for a
 * running server its limits and (masked) command line. /proc files report size 0, so they are
 * read whole rather than streamed.
 */
public final class HostCollector implements Collector {
  @Override
  public String name() {
    return "host";
  }

  @Override
  public List<Item> declare(CollectContext ctx) {
    Path proc = ctx.host().proc();
    List<Item> items = new ArrayList<>();
    items.add(Item.generated("host:uname", "host/uname.txt", () -> uname(ctx)));
    items.add(Item.generated("host:os-release", "host/os-release", () -> Files.readAllBytes(Path.of("/etc/os-release"))));
    items.add(Item.generated("host:core_pattern", "host/core_pattern", () -> (ctx.host().corePattern() + "\n").getBytes(StandardCharsets.UTF_8)));
    items.add(Item.generated("host:meminfo", "host/meminfo", () -> Files.readAllBytes(proc.resolve("meminfo"))));
    ServerProcess s = ctx.locations().server();
    if (s == null) {
      items.add(Item.skipped("host:server-limits", "no running server; the crash report's Resource Limits are in crash/crash-section.txt"));
    } else {
      items.add(Item.generated("host:server-limits", "host/server-limits", () -> Files.readAllBytes(proc.resolve(s.pid() + "/limits"))));
      items.add(Item.generated("host:server-cmdline", "host/server-cmdline.txt", () -> (s.argv().stream()
          .map(ctx.redactor()::argument).collect(Collectors.joining("\n")) + "\n").getBytes(StandardCharsets.UTF_8)));
    }
    return items;
  }

  private static byte[] uname(CollectContext ctx) throws Exception {
    ProcessResult r = ctx.runner().run(ProcessSpec.of(Duration.ofSeconds(5), "uname", "-a"));
    if (!r.ok()) {
      throw new IllegalStateException("uname -a: " + r.describe());
    }
    return r.stdout().getBytes(StandardCharsets.UTF_8);
  }
}
