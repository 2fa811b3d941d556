package dev.mycrash.collect.pipeline;

import dev.mycrash.bundle.BundleWriter;
import dev.mycrash.bundle.Manifest;
import dev.mycrash.bundle.SourceReadException;
import dev.mycrash.bundle.StepOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs collectors: asks each to declare, prepares every item (small contents in memory, large files
 * streamed later), writes {@code SUMMARY.txt} first, then the items in declared order, then
 * {@code manifest.json}. A failing collector or item becomes a failed step; the rest goes on. Only
 * a failure to write the bundle itself stops the run (and leaves nothing at the final name).
 */
public final class Pipeline {
  /** An item ready to write: bytes in memory or a file to stream. */
  record Ready(Item item, byte[] bytes, Path file, String original, boolean redacted, long millis) {}

  private final StepLog log;
  private final Progress progress;

  public Pipeline(StepLog log, Progress progress) {
    this.log = log;
    this.progress = progress;
  }

  public List<Item> declare(List<Collector> collectors, CollectContext ctx) {
    List<Item> items = new ArrayList<>();
    for (Collector c : collectors) {
      List<Item> declared = log.timed("declare:" + c.name(), () -> c.declare(ctx));
      if (declared != null) {
        items.addAll(declared);
      }
    }
    return items;
  }

  /** Produces every item's content; failures and skips are logged and left out. */
  public List<Ready> prepare(List<Item> items, CollectContext ctx) {
    List<Ready> out = new ArrayList<>();
    for (Item it : items) {
      progress.step(it.step());
      long t0 = System.nanoTime();
      try {
        Ready r = ready(it, ctx);
        if (r != null) {
          out.add(new Ready(it, r.bytes(), r.file(), r.original(), r.redacted(), StepLog.ms(t0)));
        }
      } catch (Exception e) {
        log.add(StepOutcome.failed(it.step(), StepLog.describe(e), StepLog.ms(t0)));
      }
    }
    return out;
  }

  private Ready ready(Item it, CollectContext ctx) throws Exception {
    Item.Content c = it.content();
    if (c instanceof Item.Skip s) {
      log.add(StepOutcome.skipped(it.step(), s.reason()));
      return null;
    }
    if (c instanceof Item.Failed f) {
      log.add(StepOutcome.failed(it.step(), f.reason(), 0));
      return null;
    }
    if (c instanceof Item.Generated g) {
      return new Ready(it, g.producer().call(), null, null, false, 0);
    }
    if (c instanceof Item.Produced p) {
      return new Ready(it, null, p.producer().call(), p.original(), false, 0);
    }
    Item.FromFile f = (Item.FromFile) c;
    if (!Files.isRegularFile(f.source()) || !Files.isReadable(f.source())) {
      throw new java.nio.file.NoSuchFileException(f.source().toString());
    }
    if (f.redact()) {
      String text = new String(Files.readAllBytes(f.source()), StandardCharsets.ISO_8859_1);
      String masked = ctx.redactor().optionFile(text);
      return new Ready(it, masked.getBytes(StandardCharsets.ISO_8859_1), null, f.source().toString(), !masked.equals(text), 0);
    }
    return new Ready(it, null, f.source(), f.source().toString(), false, 0);
  }

  /** Writes summary, items and manifest; {@code summary} sees the outcomes so far. */
  public void write(BundleWriter w, List<Ready> ready, Function<List<StepOutcome>, byte[]> summary, CollectOptions opts, String version)
      throws IOException {
    w.setListener(progress::bytes);
    w.addBytes("SUMMARY.txt", null, summary.apply(log.all()), false);
    for (Ready r : ready) {
      progress.step("writing " + r.item().bundlePath());
      long t0 = System.nanoTime();
      try {
        if (r.bytes() != null) {
          w.addBytes(r.item().bundlePath(), r.original(), r.bytes(), r.redacted());
        } else {
          w.addFile(r.item().bundlePath(), r.file(), r.original() != null ? r.original() : r.file().toString());
        }
        log.add(StepOutcome.ok(r.item().step(), r.millis() + StepLog.ms(t0)));
      } catch (SourceReadException e) {
        log.add(StepOutcome.failed(r.item().step(), e.getMessage() + " (entry zero-padded)", r.millis() + StepLog.ms(t0)));
      }
    }
    progress.done();
    Manifest m = new Manifest("mycrash", version, opts.commandLine(), Instant.now().toString(), w.entries(), log.all());
    w.addBytes("manifest.json", null, m.toJson(), false);
  }
}
