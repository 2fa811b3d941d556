package dev.mycrash.collect.steps;

import dev.mycrash.collect.pipeline.CollectContext;
import dev.mycrash.collect.pipeline.Collector;
import dev.mycrash.collect.pipeline.Integrations;
import dev.mycrash.collect.pipeline.Item;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * mysqld under {@code binaries/} at its own path, and every library the core mapped (NT_FILE:
 * plugins included, unlike ldd) under {@code libs/}. Not in a {@code --no-core} bundle.
 */
public final class BinaryCollector implements Collector {
  @Override
  public String name() {
    return "binaries";
  }

  @Override
  public List<Item> declare(CollectContext ctx) {
    if (ctx.options().noCore()) {
      return List.of(Item.skipped("binaries", "--no-core: text-only bundle"));
    }
    List<Item> items = new ArrayList<>();
    CollectContext.Resolved m = ctx.mysqld();
    items.add(m.found() ? Item.file("mysqld", Item.under("binaries", m.path()), m.path()) : Item.skipped("mysqld", m.how()));
    Integrations.CoreReader reader = ctx.integrations().coreReader();
    if (!ctx.core().found()) {
      items.add(Item.skipped("libraries", "no core, so no list of mapped libraries"));
    } else if (reader == null) {
      items.add(Item.skipped("libraries", "core reader (NT_FILE) not available in this build"));
    } else {
      libraries(reader, ctx, m, items);
    }
    return items;
  }

  /** The core's libraries; an unreadable core fails this step only, never the binary's. */
  private static void libraries(Integrations.CoreReader reader, CollectContext ctx, CollectContext.Resolved m, List<Item> items) {
    List<Path> libs;
    try {
      libs = reader.mappedFiles(ctx.core().path());
    } catch (Exception e) {
      items.add(Item.failed("libraries", "cannot read the core's list of mapped files: " + dev.mycrash.collect.pipeline.StepLog.describe(e)));
      return;
    }
    for (Path lib : libs) {
      if (!lib.equals(m.path()) && lib.isAbsolute()) {
        items.add(Item.file("library:" + lib, Item.under("libs", lib), lib));
      }
    }
  }
}
