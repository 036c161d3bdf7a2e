package dev.framewatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.app.Framewatch;
import dev.framewatch.app.testing.Cli;
import dev.framewatch.index.schema.Dimension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Help that helps: every command's own usage, the valid values of options with fixed choices, a suggestion on a typo. */
class HelpTest {
  @TempDir Path dir;

  private Cli.Result run(String... args) {
    return new Cli(dir.resolve("data")).run(args);
  }

  /** Every command path, down to {@code classify train}, as the root command line knows them. */
  private static List<List<String>> commandPaths(CommandLine cli, List<String> prefix) {
    List<List<String>> paths = new ArrayList<>();
    cli.getSubcommands().forEach((name, sub) -> {
      List<String> path = new ArrayList<>(prefix);
      path.add(name);
      paths.add(path);
      paths.addAll(commandPaths(sub, path));
    });
    return paths;
  }

  @Test
  void everySubcommandAnswersHelpWithItsUsage() {
    List<List<String>> paths = commandPaths(Framewatch.commandLine(), List.of());
    assertTrue(paths.size() >= 18, paths.toString()); // 15 commands and classify's three actions
    for (List<String> path : paths) {
      List<String> args = new ArrayList<>(path);
      args.add("--help");
      Cli.Result r = run(args.toArray(String[]::new));
      assertEquals(0, r.exitCode(), args + "\n" + r);
      String usage = "Usage: framewatch " + String.join(" ", path);
      // picocli's own help command puts its one-line description above its usage
      String text = path.equals(List.of("help")) ? r.out().substring(r.out().indexOf("\n\n") + 2) : r.out();
      assertTrue(text.startsWith(usage + " ") || text.startsWith(usage + "\n"), args + "\n" + r);
      assertEquals("", r.err(), args.toString());
    }
  }

  @Test
  void shareHelpListsEveryDimensionAndFormat() {
    Cli.Result r = run("share", "--help");
    assertEquals(0, r.exitCode(), r.toString());
    String help = r.out().replaceAll("\\s+", " ");
    assertTrue(help.contains("Comma-separated, any of: " + String.join(", ", Dimension.keys()) + "."), help);
    assertTrue(help.contains("Comma-separated, any of: venue, year, quarter, month, week, domain, source, kind, framework, "
        + "combination, library, task."), help);
    assertTrue(help.contains("--format=FORMAT One of: table, csv, json (default: table)."), help);
  }

  @Test
  void optionsWithFixedValuesCompleteInTheShell() {
    Cli.Result r = run("generate-completion");
    assertEquals(0, r.exitCode(), r.toString());
    assertTrue(r.out().contains("local DIMS_option_args=(\"venue\" \"year\" \"quarter\" \"month\" \"week\" \"domain\" \"source\" "
        + "\"kind\" \"framework\" \"combination\" \"library\" \"task\") # --by values\n"), r.out());
    assertTrue(r.out().contains("local FORMAT_option_args=(\"table\" \"csv\" \"json\") # --format values\n"), r.out());
    assertTrue(r.out().contains("local PERIOD_option_args=(\"year\" \"quarter\" \"month\" \"week\") # --period values\n"),
        r.out());
  }

  @Test
  void aMistypedCommandSuggestsTheRightOne() {
    Cli.Result r = run("shar", "--by", "year");
    assertEquals(2, r.exitCode(), r.toString());
    assertEquals("framewatch: Unmatched arguments from index 0: 'shar', '--by', 'year'\nDid you mean: framewatch share or framewatch rehearse?\n",
        r.err());
  }

  @Test
  void crawlNeedsNoOnceFlag() {
    Cli.Result r = run("crawl", "papres");
    assertEquals(2, r.exitCode(), r.toString());
    assertTrue(r.err().startsWith("framewatch: crawl: unknown source 'papres'"), r.err());
  }
}
