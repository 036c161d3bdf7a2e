package dev.framewatch.app;

import dev.framewatch.app.cli.AdoptionCommand;
import dev.framewatch.app.cli.BrokerCommand;
import dev.framewatch.app.cli.ClassifyCommand;
import dev.framewatch.app.cli.CrawlCommand;
import dev.framewatch.app.cli.DemoCommand;
import dev.framewatch.app.cli.ExportCommand;
import dev.framewatch.app.cli.GlobalOptions;
import dev.framewatch.app.cli.ImportCommand;
import dev.framewatch.app.cli.IndexCommand;
import dev.framewatch.app.cli.RehearseCommand;
import dev.framewatch.app.cli.ReindexCommand;
import dev.framewatch.app.cli.ReportCommand;
import dev.framewatch.app.cli.TrendCommand;
import dev.framewatch.app.cli.RunCommand;
import dev.framewatch.app.cli.ServeCommand;
import dev.framewatch.app.cli.ShareCommand;
import dev.framewatch.app.cli.StatsCommand;
import dev.framewatch.core.settings.SettingsException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The {@code framewatch} command. Exit codes: 0 success, 2 bad usage or bad input the user can fix, 1 failure; failures print one
 * clear line on stderr ({@code --verbose} adds the stack trace).
 */
@Command(
    name = "framewatch",
    mixinStandardHelpOptions = true,
    versionProvider = Framewatch.Version.class,
    description = "Who uses which machine-learning framework, and how is that changing?",
    subcommands = {
      DemoCommand.class, RunCommand.class, CrawlCommand.class, ImportCommand.class, IndexCommand.class, ReindexCommand.class,
      StatsCommand.class, ShareCommand.class, TrendCommand.class, ReportCommand.class, ClassifyCommand.class, ServeCommand.class,
      BrokerCommand.class, RehearseCommand.class, ExportCommand.class, AdoptionCommand.class, CommandLine.HelpCommand.class
    })
public final class Framewatch implements Runnable {
  public static final int EXIT_OK = 0;
  public static final int EXIT_FAILURE = 1;
  public static final int EXIT_USAGE = 2;

  @Mixin GlobalOptions global = new GlobalOptions();

  public GlobalOptions global() {
    return global;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this), "a command is required (try framewatch --help)");
  }

  /** Every subcommand, down to {@code classify train}, answers {@code -h}/{@code --help} with its own usage. */
  private static void addHelpOption(CommandLine cli) {
    for (CommandLine sub : cli.getSubcommands().values()) {
      if (sub.getCommandSpec().findOption("--help") == null) {
        sub.getCommandSpec().addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
            .description("Show this help message and exit.").build());
      }
      addHelpOption(sub);
    }
  }

  /** The whole command tree: every command, {@code -h}/{@code --help} on each, and the shell completion script. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Framewatch());
    // `source <(framewatch generate-completion)`: bash and zsh complete commands, options and their fixed values.
    cli.addSubcommand("generate-completion", new picocli.AutoComplete.GenerateCompletion());
    cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
    addHelpOption(cli);
    return cli;
  }

  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs one command line; returns the exit code (tests call this instead of main). */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    boolean verbose = java.util.Arrays.asList(args).contains("--verbose") || java.util.Arrays.asList(args).contains("-v");
    Logging.configure(verbose);
    CommandLine cli = commandLine();
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler((ex, a) -> {
      err.println("framewatch: " + ex.getMessage());
      // A mistyped command or option: picocli's "Did you mean: framewatch share?" on the next line.
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
      return EXIT_USAGE;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      boolean usage = ex instanceof IllegalArgumentException || ex instanceof SettingsException;
      String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
      for (String line : message.split("\n")) {
        err.println("framewatch: " + line);
      }
      if (verbose) {
        ex.printStackTrace(err);
      }
      err.flush();
      return usage ? EXIT_USAGE : EXIT_FAILURE;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The pom's version, which the jar plugin writes into the manifest as {@code Implementation-Version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Framewatch.class.getPackage().getImplementationVersion();
      return new String[] {"framewatch " + (v == null ? "(version unknown: not run from framewatch.jar)" : v)};
    }
  }
}
