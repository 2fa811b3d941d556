package dev.mycrash.errorlog;

import dev.mycrash.errorlog.model.Analysis;
import dev.mycrash.errorlog.read.LogInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Loads the copied corpus fixtures (src/test/resources/errorlog, see PROVENANCE.md). */
public final class Fixtures {
  private Fixtures() {}

  public static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/errorlog/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalArgumentException("no fixture " + name, e);
    }
  }

  public static String text(String name) {
    try {
      return java.nio.file.Files.readString(path(name), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<String> lines(String name) {
    return List.of(text(name).split("\n", -1));
  }

  public static Analysis analyze(Path file, ErrorLogAnalyzer.Options o) {
    try (LogInput in = LogInput.open(file.toString(), InputStream.nullInputStream())) {
      return ErrorLogAnalyzer.analyze(in, o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Analysis all(String name) {
    return analyze(path(name), ErrorLogAnalyzer.Options.of(true));
  }

  public static Analysis last(String name) {
    return analyze(path(name), ErrorLogAnalyzer.Options.of(false));
  }

  public static final String FULL = "generated/mariadb-10.11.19-full-error.log";
}
