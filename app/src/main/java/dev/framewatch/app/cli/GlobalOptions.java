package dev.framewatch.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every command takes, before or after the subcommand's name. */
public final class GlobalOptions {
  @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (HOCON or JSON) over the defaults.")
  Path config;

  @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (sets data.dir).")
  Path dataDir;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Set any configuration key; repeatable.")
  List<String> sets = new ArrayList<>();

  @Option(names = {"-v", "--verbose"}, description = "Log more, and print stack traces of failures.")
  boolean verbose;

  /** This command's options over its parent's: a value given after the subcommand wins. */
  GlobalOptions over(GlobalOptions parent) {
    GlobalOptions merged = new GlobalOptions();
    merged.config = config != null ? config : parent.config;
    merged.dataDir = dataDir != null ? dataDir : parent.dataDir;
    merged.sets = new ArrayList<>(parent.sets);
    merged.sets.addAll(sets);
    merged.verbose = verbose || parent.verbose;
    return merged;
  }
}
