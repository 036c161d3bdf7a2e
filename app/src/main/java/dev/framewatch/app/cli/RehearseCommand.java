package dev.framewatch.app.cli;

import dev.framewatch.analytics.classify.ClassifyTask;
import dev.framewatch.analytics.classify.IndexLabelling;
import dev.framewatch.analytics.share.IndexShareService;
import dev.framewatch.app.Framewatch;
import dev.framewatch.app.Pipeline;
import dev.framewatch.app.kafka.EmbeddedBroker;
import dev.framewatch.app.kafka.KafkaAccess;
import dev.framewatch.core.record.Kind;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.dashboard.DashboardServer;
import dev.framewatch.demosite.DemoCorpus;
import dev.framewatch.demosite.DemoSite;
import dev.framewatch.demosite.scale.Scale;
import dev.framewatch.index.IndexInfo;
import dev.framewatch.index.indexer.IndexRun;
import dev.framewatch.index.indexer.Indexer;
import dev.framewatch.index.schema.Dimension;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.crawl.Sources;
import dev.framewatch.ingest.papers.PapersOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code framewatch rehearse}: the demo at the real sources' size. Starts a scaled demo site on loopback, crawls every
 * source with the politeness delays at zero, indexes, trains and applies the domain classifier, then asks the index and an
 * in-process dashboard the questions users ask, and reports per stage: records/s, index size per million documents, peak heap
 * and the queries' first and median latency. The documents indexed must equal what the site's corpus says it served, less
 * what it scripts to be dead-lettered, with no lag left: otherwise the command fails.
 */
@Command(name = "rehearse", description = "Crawl, index and query a demo site of the real sources' size (or a fraction of "
    + "it); report records/s, index size, peak heap and query latency per stage.")
public final class RehearseCommand extends FramewatchCommand {
  static final String WHERE = "text:pytorch";

  @Option(names = "--scale", defaultValue = "full", paramLabel = "full|N",
      description = "full (2,000,000 models, 500,000 arXiv entries, 200 repositories, ...; about an hour on two cores) or "
          + "a fraction of it, e.g. 0.01. Default: ${DEFAULT-VALUE}.")
  String scale;

  @Option(names = "--runs", defaultValue = "21", paramLabel = "N", description = "Times each query is asked (the first "
      + "is reported on its own, the median of the rest beside it). Default: ${DEFAULT-VALUE}.")
  int runs;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table or json.")
  String format;

  @Option(names = "--no-classify", description = "Skip training and applying the domain classifier, whose training time "
      + "grows with the corpus faster than the rest (see docs/sizing.md).")
  boolean noClassify;

  @Override
  protected String[] profiles() {
    return new String[] {"demo.conf"};
  }

  @Override
  public Integer call() throws Exception {
    Scale size;
    try {
      size = Scale.parse(scale);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--scale: " + e.getMessage());
    }
    if (!format.equals("table") && !format.equals("json")) {
      throw new ParameterException(spec.commandLine(), "--format must be table or json, got " + format);
    }
    if (runs < 2) {
      throw new ParameterException(spec.commandLine(), "--runs must be at least 2, got " + runs);
    }
    Settings base = settings();
    if (options().dataDir == null) {
      base = base.with("data.dir", "data/rehearse/" + size + "-" + System.currentTimeMillis());
    }
    if (IndexInfo.read(base.indexDir()).documents() > 0) {
      throw new IllegalArgumentException("rehearse measures a first crawl: " + base.dataDir()
          + " already holds an index; give it an empty --data-dir");
    }
    RehearsalReport report = rehearse(size, base.with("kafka.topic-prefix", "rehearse."));
    out().print(format.equals("json") ? report.json() + "\n" : report.table());
    out().flush();
    return report.countsAgree() ? Framewatch.EXIT_OK : Framewatch.EXIT_FAILURE;
  }

  private RehearsalReport rehearse(Scale size, Settings base) throws Exception {
    List<RehearsalReport.Stage> stages = new ArrayList<>();
    try (HeapPeak heap = new HeapPeak()) {
      long start = System.nanoTime();
      DemoCorpus corpus = DemoCorpus.scaled(DemoCorpus.DEFAULT_SEED, size);
      try (DemoSite site = DemoSite.start(corpus)) {
        // Loopback: no politeness needed. The Hub's real page size, arXiv without its 3 s (the overrides set that) and
        // read whole, as a first crawl that wants the categories' history does.
        Settings settings = site.configure(base).with("http.max-requests-per-second", 1_000_000.0)
            .with("sources.huggingface.page-size", 1000).with("sources.papers.arxiv.max-results", 0);
        stages.add(new RehearsalReport.Stage("start site", 0, seconds(start), heap.stage(),
            String.format(Locale.ROOT, "%,d models, %,d venue papers, arXiv %s, %,d repositories", corpus.models().size(),
                corpus.papers().size(), corpus.arxivListings().values().stream().map(l -> String.format(Locale.ROOT, "%,d",
                    l.size())).toList(), corpus.repos().size())));
        err().println("rehearsal at scale " + size + ": site " + site.baseUrl() + ", data dir " + settings.dataDir());
        err().flush();
        try (EmbeddedBroker.Handle kafka = KafkaAccess.open(settings)) {
          crawl(settings, kafka.bootstrapServers(), heap, stages);
          index(settings, kafka.bootstrapServers(), heap, stages);
          if (!noClassify) {
            classify(settings, kafka.bootstrapServers(), heap, stages);
          }
          List<Latency> queries = queries(settings, kafka.bootstrapServers(), heap, stages);
          IndexInfo info = IndexInfo.read(settings.indexDir());
          long documents = info.documents() - info.documentsByKind().getOrDefault(Kind.STARS.wireName(), 0L);
          long lag = StatsCommand.compute(kafka.bootstrapServers(), KafkaAccess.topics(settings), info).lag();
          return new RehearsalReport(size.toString(), settings.dataDir().toString(), stages, queries,
              corpus.expectedDocuments(PapersOptions.from(settings.source("papers")).arxivMaxResults()), documents, sizeOf(settings.indexDir()),
              heap.overall(), HeapPeak.poolsPeak(), HeapPeak.max(), lag);
        }
      }
    }
  }

  /** Each source in turn, with a progress bar: the crawl stage of each. */
  private void crawl(Settings settings, String bootstrap, HeapPeak heap, List<RehearsalReport.Stage> stages) {
    for (String source : Sources.names()) {
      long start = System.nanoTime();
      CrawlSummary summary;
      try (Progress progress = new Progress(source, "records", 0, err())) {
        summary = Pipeline.crawlOnce(settings, bootstrap, source, page -> progress.advanceTo(page.totalRecords()));
      }
      stages.add(new RehearsalReport.Stage("crawl " + source, summary.recordsPublished(), seconds(start), heap.stage(),
          String.format(Locale.ROOT, "%,d pages, %,d failed, %,d dead letters, %,d duplicates", summary.pagesFetched(),
              summary.failedPages(), summary.deadLettered(), summary.duplicates())));
    }
  }

  private void index(Settings settings, String bootstrap, HeapPeak heap, List<RehearsalReport.Stage> stages) {
    long start = System.nanoTime();
    IndexRun run;
    try (Progress progress = new Progress("index", "records", 0, err());
        Indexer indexer = Pipeline.indexer(settings, bootstrap, progress::advanceTo)) {
      run = indexer.runUntilCaughtUp();
    }
    stages.add(new RehearsalReport.Stage("index", run.recordsConsumed(), seconds(start), heap.stage(),
        String.format(Locale.ROOT, "%,d documents written, %,d commits", run.documentsWritten(), run.commits())));
  }

  /** As {@code demo} does: train on the crawl's weak labels, label what no rule gives a domain, index the labels. */
  private void classify(Settings settings, String bootstrap, HeapPeak heap, List<RehearsalReport.Stage> stages) {
    long start = System.nanoTime();
    ClassifierConsole classifier = new ClassifierConsole(settings, err(), err());
    classifier.train(ClassifyTask.DOMAIN, List.of("bow"), null, 20);
    try (IndexLabelling labelling = classifier.service().domainLabelling(Optional.empty(), false)) {
      classifier.apply(labelling, bootstrap);
    }
    IndexRun run;
    try (Indexer indexer = Pipeline.indexer(settings, bootstrap)) {
      run = indexer.runUntilCaughtUp();
    }
    stages.add(new RehearsalReport.Stage("classify", run.recordsConsumed(), seconds(start), heap.stage(),
        "labels trained, applied and indexed"));
  }

  private List<Latency> queries(Settings settings, String bootstrap, HeapPeak heap, List<RehearsalReport.Stage> stages)
      throws Exception {
    long start = System.nanoTime();
    List<Latency> out = new ArrayList<>();
    try (IndexShareService shares = new IndexShareService(settings.indexDir());
        DashboardServer server = DashboardWiring.start(settings, 0, shares, DemoCommand.LABEL, Map.of(), bootstrap)) {
      out.add(Latency.measure("share --by venue,year", runs,
          () -> shares.share(List.of(Dimension.VENUE, Dimension.YEAR), null)));
      out.add(Latency.measure("share --by kind --where " + WHERE, runs,
          () -> shares.share(List.of(Dimension.KIND), WHERE)));
      HttpClient client = HttpClient.newHttpClient();
      String api = "/api/share?by=venue,year";
      out.add(Latency.measure("GET " + api, runs, get(client, server.url(), api)));
      String chart = "/chart/papers.svg";
      out.add(Latency.measure("GET " + chart, runs, get(client, server.url(), chart)));
    }
    stages.add(new RehearsalReport.Stage("queries", 4L * runs, seconds(start), heap.stage(), "four queries, "
        + runs + " times each, in-process dashboard included"));
    return out;
  }

  private static Callable<Integer> get(HttpClient client, String base, String path) {
    URI uri = URI.create(base.replaceAll("/$", "") + path);
    return () -> {
      HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("GET " + uri + " answered " + r.statusCode());
      }
      return r.body().length;
    };
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static long sizeOf(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0; // a file merged away while walking
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot size " + dir, e);
    }
  }
}
