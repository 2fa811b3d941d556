package dev.mycrash.cli;

import dev.mycrash.BadInputException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level command. Only wiring: subcommands, error mapping, exit codes. */
@Command(
    name = "mycrash",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Collects and reads MySQL / Percona Server / MariaDB crashes.")
public final class MyCrash implements Runnable {
  /** The subcommands by name, in the order --help lists them. */
  private static final Map<String, Class<?>> COMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put("analyze", AnalyzeCommand.class);
    COMMANDS.put("collect", CollectCommand.class);
    COMMANDS.put("demangle", DemangleCommand.class);
    COMMANDS.put("triage", TriageCommand.class);
    COMMANDS.put("known-bugs", KnownBugsCommand.class);
    COMMANDS.put("help", CommandLine.HelpCommand.class);
    COMMANDS.put("generate-completion", picocli.AutoComplete.GenerateCompletion.class);
  }

  @Option(names = "--stacktrace", description = "Show the stack trace of an internal error.", scope = CommandLine.ScopeType.INHERIT)
  boolean stacktrace;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  /** --stacktrace is inherited: it may sit after any subcommand. */
  private static boolean wantsStacktrace(CommandLine.ParseResult result) {
    for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--stacktrace")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Registers the subcommand the arguments name, or all of them for help, completion, usage
   * errors and no command: picocli reads every registered command's annotations up front, which
   * cost a cold start about a third of its time before this.
   */
  private static void addSubcommands(CommandLine cl, String... args) {
    String first = null;
    for (String a : args) {
      if (!a.startsWith("-")) {
        first = a;
        break;
      }
    }
    boolean one = first != null && COMMANDS.containsKey(first) && !first.equals("help") && !first.equals("generate-completion");
    for (Map.Entry<String, Class<?>> c : COMMANDS.entrySet()) {
      if (!one || c.getKey().equals(first)) {
        cl.addSubcommand(c.getKey(), c.getValue());
        // a command's one-line header names it in 'mycrash --help'; its own help starts with Usage
        CommandLine sub = cl.getSubcommands().get(c.getKey());
        List<String> keys = new ArrayList<>(sub.getHelpSectionKeys());
        keys.removeAll(List.of(CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER_HEADING,
            CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER));
        sub.setHelpSectionKeys(keys);
      }
    }
  }

  /** Runs a command line in-process with the given streams; returns the exit code. */
  public static int execute(InputStream in, PrintStream out, PrintStream err, String... args) {
    Io io = new Io(in, out, err);
    CommandLine cl = new CommandLine(new MyCrash(), new IoFactory(io));
    addSubcommands(cl, args);
    cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cl.setExecutionExceptionHandler(
        (ex, cmd, parseResult) -> {
          if (ex instanceof BadInputException) {
            err.println("mycrash: " + ex.getMessage());
            return ExitCodes.BAD_INPUT;
          }
          if (ex instanceof InterruptedException) {
            err.println("mycrash: interrupted");
            return ExitCodes.INTERRUPTED;
          }
          boolean trace = wantsStacktrace(parseResult);
          err.println("mycrash: internal error: " + ex + (trace ? "" : " (run with --stacktrace for details)"));
          if (trace) {
            ex.printStackTrace(err);
          }
          return ExitCodes.INTERNAL;
        });
    cl.setParameterExceptionHandler(
        (ex, args2) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr().println("mycrash: " + ex.getMessage());
          c.usage(c.getErr());
          return ExitCodes.USAGE;
        });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
