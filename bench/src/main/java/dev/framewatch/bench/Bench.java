package dev.framewatch.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code framewatch bench NAME}: benchmarks against peers, measured side by side in one process and printed as ratios. Results on
 * stdout (a table, or JSON with {@code --format json}); progress on stderr. Exit code 0 when the run completed (a missed target is
 * shown, not an error), 1 when it failed (including engines that disagree), 2 for bad usage.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks against peers, printing ratios.",
    subcommands = {Bench.Share.class, Bench.Ingest.class, Bench.Classify.class, Bench.Http.class})
public final class Bench implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a benchmark: share, ingest, classify or http");
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Bench());
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("framewatch bench: " + e.getMessage());
      if (Boolean.getBoolean("framewatch.bench.trace") || verbose(parseResult)) {
        e.printStackTrace(commandLine.getErr());
      }
      return 1;
    });
    return cl;
  }

  private static boolean verbose(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  /** Options every benchmark takes. */
  public static final class Options {
    @Option(names = "--docs", defaultValue = "1000000", description = "Documents to generate (default ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--runs", defaultValue = "7", description = "Timed runs; the median is reported (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", description = "Untimed warmup runs before timing (default 3 for share, 1 for ingest).")
    Integer warmup;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--dir", description = "Work directory (default: a temporary directory); a fresh subdirectory is used.")
    Path dir;

    @Option(names = "--keep", description = "Keep the work files instead of deleting them.")
    boolean keep;

    // The global options of every framewatch command, so a command line that works elsewhere works here too.
    @Option(names = "--data-dir", paramLabel = "DIR",
        description = "As for every command, the data directory: work files go under DIR/bench unless --dir is given.")
    Path dataDir;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of failures.")
    boolean verbose;

    @Option(names = "--config", paramLabel = "FILE", hidden = true)
    Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE", hidden = true)
    java.util.List<String> sets;

    void validate(CommandLine cl) {
      if (docs < 1) {
        throw new CommandLine.ParameterException(cl, "--docs must be at least 1");
      }
      if (runs < 1) {
        throw new CommandLine.ParameterException(cl, "--runs must be at least 1");
      }
      if (warmup != null && warmup < 0) {
        throw new CommandLine.ParameterException(cl, "--warmup must not be negative");
      }
      if (!format.equals("table") && !format.equals("json")) {
        throw new CommandLine.ParameterException(cl, "--format must be table or json, not " + format);
      }
      if (config != null || sets != null) {
        throw new CommandLine.ParameterException(cl, (config != null ? "--config" : "--set") + ": the benchmarks "
            + "generate their own data and run every engine with fixed settings, so they read no configuration");
      }
    }

    /** Where the work directory is made: {@code --dir}, else {@code --data-dir}/bench, else the system's temp dir (null). */
    Path workParent() {
      return dir != null ? dir : dataDir != null ? dataDir.resolve("bench") : null;
    }

    String render(BenchReport report) {
      return format.equals("json") ? report.json() + "\n" : report.table();
    }
  }

  @Command(name = "share", mixinStandardHelpOptions = true,
      description = "Share by venue x year x framework, unfiltered and text-filtered: framewatch's index vs DuckDB.")
  static final class Share implements Callable<Integer> {
    @Mixin Options options;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      options.validate(spec.commandLine());
      PrintStream err = System.err;
      try (WorkDir work = WorkDir.create(options.workParent(), "share", options.keep)) {
        BenchReport report = new ShareBenchmark(options.docs, options.runs, options.warmup == null ? 3 : options.warmup, err)
            .run(work.path());
        System.out.print(options.render(report));
      }
      return 0;
    }
  }

  @Command(name = "ingest", mixinStandardHelpOptions = true,
      description = "Kafka -> Lucene end to end (framewatch's indexer) vs bare Lucene indexing of the same records.")
  static final class Ingest implements Callable<Integer> {
    @Mixin Options options;

    @Option(names = "--commit-every-records", defaultValue = "50000",
        description = "The indexer's index.commit-every-records (default ${DEFAULT-VALUE}, framewatch's default).")
    int commitEveryRecords;

    @Option(names = "--commit-interval-ms", defaultValue = "5000",
        description = "The indexer's index.commit-interval-ms (default ${DEFAULT-VALUE}, framewatch's default).")
    long commitIntervalMs;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      options.validate(spec.commandLine());
      try (WorkDir work = WorkDir.create(options.workParent(), "ingest", options.keep)) {
        BenchReport report = new IngestBenchmark(options.docs, options.runs, options.warmup == null ? 1 : options.warmup,
            new dev.framewatch.index.indexer.CommitPolicy(commitEveryRecords, commitIntervalMs), System.err).run(work.path());
        System.out.print(options.render(report));
      }
      return 0;
    }
  }

  @Command(name = "classify", mixinStandardHelpOptions = true,
      description = "Domain classification throughput: bag of words (DJL-trained head) vs naive Bayes, then MiniLM; then every "
          + "candidate model's macro-F1 on later years and docs/s, side by side.")
  static final class Classify implements Callable<Integer> {
    @Mixin Options options;

    @Option(names = "--data", paramLabel = "FILE", description = "JSON lines with text and label (default: generated texts).")
    Path data;

    @Option(names = "--minilm-docs", defaultValue = "256",
        description = "Texts for the MiniLM row (0 leaves it out; default ${DEFAULT-VALUE}).")
    int minilmDocs;

    @Option(names = "--candidates", defaultValue = "nb,lr,bow,minilm,bge,minilm+bow,bge+bow", split = ",",
        description = "Domain model kinds to train on earlier years and score on later ones, side by side (none: skip; "
            + "default ${DEFAULT-VALUE}).")
    List<String> candidates;

    @Option(names = "--train", paramLabel = "FILE",
        description = "Candidates: JSON lines to train on (with --test; default: the demo corpus's papers up to 2021).")
    Path train;

    @Option(names = "--test", paramLabel = "FILE",
        description = "Candidates: JSON lines of later years to score on (with --train; default: the demo's later papers).")
    Path test;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      options.validate(spec.commandLine());
      BenchReport report = new ClassifyBenchmark(options.docs, options.runs, options.warmup == null ? 2 : options.warmup, data,
          minilmDocs, System.err).run();
      System.out.print(options.render(report));
      if (!candidates.equals(List.of("none"))) {
        CandidateBenchmark.Table table = new CandidateBenchmark(candidates, train, test, System.err).run();
        System.out.print(options.format.equals("json")
            ? dev.framewatch.core.json.Json.mapper().writeValueAsString(table) + "\n" : table.render());
      }
      return 0;
    }
  }

  @Command(name = "http", mixinStandardHelpOptions = true,
      description = "The dashboard's /api/share and a cached SVG chart at a fixed open-loop rate vs a bare JDK HttpServer "
          + "answering the same bytes: p99 latency and its ratio.")
  static final class Http implements Callable<Integer> {
    @Option(names = "--docs", defaultValue = "100000", description = "Papers in the index (default ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--rate", defaultValue = "500", description = "Requests per second, open loop (default ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--seconds", defaultValue = "10", description = "Seconds per load run (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--runs", defaultValue = "1", description = "Load runs per target and server (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default ${DEFAULT-VALUE}).")
    String format;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      CommandLine cl = spec.commandLine();
      if (docs < 1 || runs < 1 || rate < 1 || rate > 20_000 || seconds < 1 || seconds > 600) {
        throw new CommandLine.ParameterException(cl, "need --docs >= 1, --runs >= 1, --rate 1..20000, --seconds 1..600");
      }
      if (!format.equals("table") && !format.equals("json")) {
        throw new CommandLine.ParameterException(cl, "--format must be table or json, not " + format);
      }
      try (WorkDir work = WorkDir.create(null, "http", false)) {
        BenchReport report = new HttpBenchmark(docs, runs, rate, seconds, System.err).run(work.path());
        System.out.print(format.equals("json") ? report.json() + "\n" : report.table());
      }
      return 0;
    }
  }
}
