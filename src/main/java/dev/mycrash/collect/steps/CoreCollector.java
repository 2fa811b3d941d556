package dev.mycrash.collect.steps;

import dev.mycrash.collect.pipeline.CollectContext;
import dev.mycrash.collect.pipeline.Collector;
import dev.mycrash.collect.pipeline.Item;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The core under {@code core/}, and {@code core/choice.txt}: which core and why. */
public final class CoreCollector implements Collector {
  @Override
  public String name() {
    return "core";
  }

  @Override
  public List<Item> declare(CollectContext ctx) {
    CollectContext.Resolved core = ctx.core();
    if (!core.found()) {
      return List.of(Item.skipped("core:bundle", core.how()));
    }
    String choice = "core: " + core.path() + "\nchosen because: " + core.how() + "\n";
    return List.of(
        Item.generated("core:choice", "core/choice.txt", () -> choice.getBytes(StandardCharsets.UTF_8)),
        Item.file("core:bundle", "core/" + core.path().getFileName(), core.path()));
  }
}
