package dev.mycrash.collect.steps;

import dev.mycrash.collect.pipeline.CollectContext;
import dev.mycrash.collect.pipeline.Collector;
import dev.mycrash.collect.pipeline.Item;
import dev.mycrash.collect.locate.ServerProcess;
import java.util.ArrayList;
import java.util.List;

/**
 * gdb's output on the core (files under {@code gdb/}), and with {@code --attach} on the running
 * server (files under {@code gdb-live/}: the stacks of a hung server, the way pt-pmp takes them).
 */
public final class GdbCollector implements Collector {
  @Override
  public String name() {
    return "gdb";
  }

  @Override
  public List<Item> declare(CollectContext ctx) throws Exception {
    List<Item> items = new ArrayList<>(onCore(ctx));
    if (ctx.options().attach()) {
      items.addAll(live(ctx));
    }
    return items;
  }

  private static List<Item> live(CollectContext ctx) throws Exception {
    ServerProcess s = ctx.locations().server();
    if (s == null) {
      return List.of(Item.skipped("gdb-live", "--attach: no running server found"));
    }
    if (ctx.integrations().gdb() == null) {
      return List.of(Item.skipped("gdb-live", "gdb step not available in this build"));
    }
    return ctx.integrations().gdb().attach(s.exe(), s.pid(), ctx.workDir());
  }

  private static List<Item> onCore(CollectContext ctx) throws Exception {
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
