package dev.mycrash.triage;

import dev.mycrash.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands triage arguments into the files to read: a file is taken as given; a directory is
 * walked recursively for error logs ({@code *.err}, {@code *.log}, either optionally {@code
 * .gz}) and bundles ({@code *.tar.gz}, {@code *.tgz}), in sorted order.
 */
public final class Inputs {
  private Inputs() {}

  public static List<Path> expand(List<Path> args) {
    List<Path> out = new ArrayList<>();
    for (Path p : args) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).filter(Inputs::looksLikeInput).sorted().forEach(out::add);
        } catch (IOException e) {
          throw BadInputException.of(p, "cannot list: " + e.getMessage());
        }
      } else if (Files.isRegularFile(p)) {
        out.add(p);
      } else {
        throw BadInputException.of(p, Files.exists(p) ? "not a regular file or directory" : "no such file or directory");
      }
    }
    return out;
  }

  static boolean looksLikeInput(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".err") || n.endsWith(".log") || n.endsWith(".err.gz") || n.endsWith(".log.gz")
        || isBundle(p);
  }

  static boolean isBundle(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".tar.gz") || n.endsWith(".tgz");
  }
}
