package dev.mycrash.collect.steps;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mycrash.collect.locate.LogFacts;
import dev.mycrash.collect.pipeline.CollectContext;
import dev.mycrash.collect.pipeline.Collector;
import dev.mycrash.collect.pipeline.Item;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The error log byte-identical, the crash section as it is and demangled, and
 * {@code analysis.json}.
 */
public final class ErrorLogCollector implements Collector {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public String name() {
    return "error-log";
  }

  @Override
  public List<Item> declare(CollectContext ctx) {
    Path log = ctx.locations().errorLog();
    if (log == null) {
      return List.of(Item.skipped("error-log", "no error log named (" + ctx.locations().errorLogFrom() + ")"));
    }
    List<Item> items = new ArrayList<>();
    items.add(Item.file("error-log", "error-log/" + log.getFileName(), log));
    LogFacts f = ctx.facts();
    if (f.section().isEmpty()) {
      items.add(Item.skipped("crash-section", f.analysis() == null ? "the error log was not read" : "the error log has no crash report (e.g. a stack overflow leaves none)"));
    } else {
      // UTF-8: the engine decoded each line (UTF-8 when valid, else one char per byte); the log itself is in the bundle byte for byte
      String text = String.join("\n", f.section()) + "\n";
      items.add(Item.generated("crash-section", "crash/crash-section.txt", () -> text.getBytes(StandardCharsets.UTF_8)));
      items.add(Item.generated("crash-section:demangled", "crash/crash-section.demangled.txt",
          () -> Demangling.inText(text).getBytes(StandardCharsets.UTF_8)));
    }
    var analysis = ctx.integrations().analysis();
    if (f.analysis() == null) {
      items.add(Item.failed("analysis", "the error log could not be read (see step error-log:read)"));
    } else if (analysis != null) {
      items.add(Item.generated("analysis", "analysis.json", () -> analysis.json(f.analysis())));
    } else {
      items.add(Item.generated("analysis", "analysis.json", () -> JSON.writeValueAsBytes(Facts.of(f))));
    }
    return items;
  }

  /** analysis.json when the analyze JSON is not wired: the collector's facts from the engine's reading, labelled as such. */
  record Facts(String source, Long pid, String version, String crashTime, String executable, Integer signal, String assertion,
      String query, long sectionFirstLine, int sectionLines) {
    static Facts of(LogFacts f) {
      return new Facts("mycrash collect: error-log facts (the full analyze object replaces this when wired)", f.pid(), f.version(),
          f.crashTime() == null ? null : f.crashTime().toString(), f.exe(), f.signal(), f.assertion(), f.query(),
          f.sectionFirstLine(), f.section().size());
    }
  }
}
