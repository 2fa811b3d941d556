package dev.mycrash.cli;

import dev.mycrash.BadInputException;
import dev.mycrash.symbols.CxxFilt;
import dev.mycrash.symbols.Demangler;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mycrash demangle}: a drop-in for {@code c++filt}. With no arguments it filters standard
 * input to standard output; with {@code -f FILE} it filters files (never modifying them); symbols
 * given as arguments are demangled one per line.
 */
@Command(
    name = "demangle",
    mixinStandardHelpOptions = true,
    description = {
      "Demangles C++ symbols the way c++filt does, without binutils.",
      "Filters standard input (or each --file) to standard output, changing only mangled names; "
          + "symbols given as arguments are printed demangled, one per line (MSVC ?names too)."
    })
public final class DemangleCommand implements Callable<Integer> {
  private final Io io;

  @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Text file to filter (repeatable).")
  List<Path> files = new ArrayList<>();

  @Parameters(paramLabel = "SYMBOL", description = "Symbols to demangle.")
  List<String> symbols = new ArrayList<>();

  public DemangleCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    PrintStream out = io.out();
    for (String s : symbols) {
      out.print(Demangler.demangle(s));
      out.print('\n');
    }
    for (Path f : files) {
      filterFile(f, out);
    }
    if (symbols.isEmpty() && files.isEmpty()) {
      CxxFilt.filter(io.in(), out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void filterFile(Path f, PrintStream out) throws IOException {
    if (Files.isDirectory(f)) {
      throw BadInputException.of(f, "is a directory, not a text file");
    }
    try (InputStream in = Files.newInputStream(f)) {
      CxxFilt.filter(in, out);
    } catch (NoSuchFileException e) {
      throw BadInputException.of(f, "no such file");
    } catch (java.nio.file.AccessDeniedException e) {
      throw BadInputException.of(f, "permission denied");
    }
  }
}
