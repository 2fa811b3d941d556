package dev.mycrash.collect.pipeline;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * One thing a collector wants in the bundle. Collectors only declare items; the {@link Pipeline}
 * produces, redacts, times and writes them, and turns any failure into a recorded step outcome.
 *
 * @param step the step name in the manifest, e.g. {@code error-log}, {@code config:/etc/my.cnf}
 * @param bundlePath where it goes inside the bundle, e.g. {@code error-log/error.log}
 * @param content how to get it
 */
public record Item(String step, String bundlePath, Content content) {
  public Item {
    if (step == null || step.isBlank() || content == null) {
      throw new IllegalArgumentException("an item needs a step name and content");
    }
    if (!(content instanceof Skip) && !(content instanceof Failed) && (bundlePath == null || bundlePath.startsWith("/") || bundlePath.contains(".."))) {
      throw new IllegalArgumentException(step + ": bad bundle path " + bundlePath);
    }
  }

  /** What an item's bytes come from. */
  public sealed interface Content permits FromFile, Generated, Produced, Skip, Failed {}

  /** A file copied as it is (streamed; byte-identical), or, when {@code redact}, read and masked. */
  public record FromFile(Path source, boolean redact) implements Content {}

  /** Bytes made by the step itself (text, JSON, a command's output). */
  public record Generated(Callable<byte[]> producer) implements Content {}

  /** A file the step makes first (a decompressed core, gdb's output), then streamed. */
  public record Produced(Callable<Path> producer, String original) implements Content {}

  /** Nothing to collect, and why. */
  public record Skip(String reason) implements Content {}

  /** A step that already failed while declaring (a gdb run that timed out), and why. */
  public record Failed(String reason) implements Content {}

  public static Item file(String step, String bundlePath, Path source) {
    return new Item(step, bundlePath, new FromFile(source, false));
  }

  public static Item redacted(String step, String bundlePath, Path source) {
    return new Item(step, bundlePath, new FromFile(source, true));
  }

  public static Item generated(String step, String bundlePath, Callable<byte[]> producer) {
    return new Item(step, bundlePath, new Generated(producer));
  }

  public static Item produced(String step, String bundlePath, String original, Callable<Path> producer) {
    return new Item(step, bundlePath, new Produced(producer, original));
  }

  public static Item failed(String step, String reason) {
    return new Item(step, null, new Failed(reason));
  }

  public static Item skipped(String step, String reason) {
    return new Item(step, null, new Skip(reason));
  }

  /** The bundle path for a host file: its absolute path under a folder, e.g. {@code config/etc/my.cnf}. */
  public static String under(String folder, Path hostPath) {
    String abs = hostPath.toAbsolutePath().normalize().toString();
    return folder + abs;
  }
}
