package dev.mycrash.collect.steps;

import dev.mycrash.collect.pipeline.CollectContext;
import dev.mycrash.collect.pipeline.Collector;
import dev.mycrash.collect.pipeline.Item;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Every option file the server reads, secrets masked, under {@code config/} at its own path. */
public final class ConfigCollector implements Collector {
  @Override
  public String name() {
    return "config";
  }

  @Override
  public List<Item> declare(CollectContext ctx) {
    List<Item> items = new ArrayList<>();
    for (Path p : ctx.locations().optionFiles().filesRead()) {
      Path onDisk = onDisk(ctx.host().root(), p);
      items.add(Item.redacted("config:" + p, Item.under("config", p), onDisk));
    }
    for (String problem : ctx.locations().optionFiles().problems()) {
      items.add(Item.skipped("config:problem", problem));
    }
    if (items.isEmpty()) {
      items.add(Item.skipped("config", "no option file is read (--no-defaults, or none exists)"));
    }
    return items;
  }

  static Path onDisk(Path root, Path p) {
    return root.equals(Path.of("/")) || !p.isAbsolute() ? p : root.resolve(Path.of("/").relativize(p).toString());
  }
}
