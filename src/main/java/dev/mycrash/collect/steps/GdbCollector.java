package dev.mycrash.collect.steps;

import dev.mycrash.collect.pipeline.CollectContext;
import dev.mycrash.collect.pipeline.Collector;
import dev.mycrash.collect.pipeline.Item;
import java.util.List;

/** gdb's output on the core (the gdb step declares its files under {@code gdb/}). */
public final class GdbCollector implements Collector {
  @Override
  public String name() {
    return "gdb";
  }

  @Override
  public List<Item> declare(CollectContext ctx) throws Exception {
    if (!ctx.core().found()) {
      return List.of(Item.skipped("gdb", "no core: " + ctx.core().how()));
    }
    if (!ctx.mysqld().found()) {
      return List.of(Item.skipped("gdb", "no mysqld binary: " + ctx.mysqld().how()));
    }
    if (ctx.integrations().gdb() == null) {
      return List.of(Item.skipped("gdb", "gdb step not available in this build"));
    }
    return ctx.integrations().gdb().items(ctx.mysqld().path(), ctx.core().path(), ctx.workDir());
  }
}
