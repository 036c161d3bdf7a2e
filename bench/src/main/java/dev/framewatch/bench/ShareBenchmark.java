package dev.framewatch.bench;

import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.index.count.ShareCounts;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bench share}: the same generated rows in framewatch's index and in DuckDB, share by venue x year x framework, unfiltered
 * and with a full-text filter. Checks that both engines return identical cells before timing anything.
 */
public final class ShareBenchmark {
  public static final String FILTERED_QUERY = "text:" + RowGenerator.FILTER_WORD;
  /** Issue 12's targets: framewatch's time at most these fractions of DuckDB's, and an index build of 60,000 documents/s. */
  static final double UNFILTERED_MAX_RATIO = 0.15;
  static final double TEXT_FILTERED_MAX_RATIO = 0.02;
  static final double BUILD_MIN_DOCS_PER_S = 60_000;
  /**
   * The writer's RAM buffer for the bulk build: under a fifth of a 1 GB heap. Three times the indexer's default, so that 10M
   * documents flush as about 25 segments instead of 70 and merging rewrites each document fewer times.
   */
  static final double RAM_BUFFER_MB = 192;

  private final int documents;
  private final int runs;
  private final int warmup;
  private final PrintStream progress;

  public ShareBenchmark(int documents, int runs, int warmup, PrintStream progress) {
    this.documents = documents;
    this.runs = runs;
    this.warmup = warmup;
    this.progress = progress;
  }

  /** Both engines loaded with the same rows; close to release them. */
  public static final class Loaded implements AutoCloseable {
    public final FramewatchShareIndex framewatch;
    public final DuckDbShareTable duckdb;
    /** Rows generated, detected, indexed and committed: the index is complete and searchable. */
    public final long indexMs;
    /** Then closing the writer: waiting for the merges it had started, which the live indexer lets run in the background. */
    public final long mergeWaitMs;
    public final long duckdbLoadMs;

    Loaded(FramewatchShareIndex framewatch, DuckDbShareTable duckdb, long indexMs, long mergeWaitMs, long duckdbLoadMs) {
      this.framewatch = framewatch;
      this.duckdb = duckdb;
      this.indexMs = indexMs;
      this.mergeWaitMs = mergeWaitMs;
      this.duckdbLoadMs = duckdbLoadMs;
    }

    /** framewatch's rows for the unfiltered (null) or filtered query. */
    public List<CountRow> framewatchRows(boolean filtered) {
      return FramewatchShareIndex.rows(framewatch.count(filtered ? FILTERED_QUERY : null));
    }

    public List<CountRow> duckdbRows(boolean filtered) {
      return duckdb.count(filtered ? RowGenerator.FILTER_WORD : null);
    }

    @Override
    public void close() throws java.io.IOException {
      try {
        framewatch.close();
      } finally {
        duckdb.close(); // even if the index failed to close
      }
    }
  }

  /**
   * Writes DuckDB's load file from the generated rows, then generates the same rows again into framewatch's index
   * (DocumentBuilder, two threads), then bulk-loads DuckDB. The index build is timed alone, so that neither DuckDB's file nor
   * its load takes the cores from it; the build time counts generating the rows, which stands for reading them from Kafka.
   */
  public Loaded load(Path workDir) throws Exception {
    Path indexDir = Files.createDirectories(workDir.resolve("index"));
    FrameworkDetector detector = new FrameworkDetector(MethodLoader.load("default"));
    DuckDbShareTable table = new DuckDbShareTable(workDir);
    FramewatchShareIndex index = null;
    try {
      long f = System.nanoTime();
      long[] written = {0};
      new RowGenerator().generate(documents, row -> {
        table.add(row);
        if (++written[0] % 1_000_000 == 0) {
          progress.printf("bench: %,d / %,d rows written to DuckDB's load file%n", written[0], documents);
        }
      });
      progress.printf("bench share: DuckDB's load file of %,d rows written in %.1f s%n", documents,
          (System.nanoTime() - f) / 1e9);
      index = new FramewatchShareIndex(indexDir, detector, RAM_BUFFER_MB, documents);
      int threads = ParallelIndexing.threads();
      long start = System.nanoTime();
      ParallelIndexing.run(documents, index, progress);
      index.commit();
      long indexMs = (System.nanoTime() - start) / 1_000_000;
      long m = System.nanoTime();
      index.closeAndOpen();
      long mergeWaitMs = (System.nanoTime() - m) / 1_000_000;
      progress.printf("bench share: framewatch index of %,d documents built and committed in %.1f s (DocumentBuilder with the"
          + " default method's detector, %d threads); closing the writer waited %.1f s for its merges (%d segments)%n",
          index.documents(), indexMs / 1000.0, threads, mergeWaitMs / 1000.0, index.segments());
      long t = System.nanoTime();
      table.load();
      long loadMs = (System.nanoTime() - t) / 1_000_000;
      progress.printf("bench share: DuckDB table of %,d rows loaded in %.1f s (from its tab-separated file)%n", table.size(),
          loadMs / 1000.0);
      return new Loaded(index, table, indexMs, mergeWaitMs, loadMs);
    } catch (Exception | Error e) {
      if (index != null) {
        index.close();
      }
      table.close();
      throw e;
    }
  }

  /** Cross-checks both engines on both queries; throws when they differ. Returns the number of cells compared per query. */
  public static int[] check(Loaded loaded) {
    List<CountRow> fw = loaded.framewatchRows(false);
    RowComparison.requireIdentical("unfiltered", fw, loaded.duckdbRows(false));
    List<CountRow> fwFiltered = loaded.framewatchRows(true);
    RowComparison.requireIdentical(FILTERED_QUERY, fwFiltered, loaded.duckdbRows(true));
    return new int[] {fw.size(), fwFiltered.size()};
  }

  public BenchReport run(Path workDir) throws Exception {
    try (Loaded loaded = load(workDir)) {
      int[] cells = check(loaded);
      progress.printf("bench share: results identical (%d cells unfiltered, %d cells with %s)%n", cells[0], cells[1],
          FILTERED_QUERY);
      ShareCounts filtered = loaded.framewatch.count(FILTERED_QUERY);
      List<Comparison> comparisons = new ArrayList<>();
      progress.println("bench share: timing unfiltered");
      SideBySide.Timing all = SideBySide.time(warmup, runs, () -> loaded.framewatch.count(null),
          () -> loaded.duckdb.count(null));
      comparisons.add(Comparison.query("share_unfiltered", all.framewatchMs(), "duckdb", all.peerMs(), UNFILTERED_MAX_RATIO,
          "share by venue x year x framework over all " + documents + " documents (segment tallies cached after the first"
              + " count, as the dashboard reuses them)"));
      progress.println("bench share: timing unfiltered without the segment cache");
      SideBySide.Timing cold = SideBySide.time(warmup, runs, () -> loaded.framewatch.countUncached(null),
          () -> loaded.duckdb.count(null));
      progress.println("bench share: timing text-filtered");
      SideBySide.Timing text = SideBySide.time(warmup, runs, () -> loaded.framewatch.count(FILTERED_QUERY),
          () -> loaded.duckdb.count(RowGenerator.FILTER_WORD));
      comparisons.add(Comparison.query("share_text_filtered", text.framewatchMs(), "duckdb", text.peerMs(), TEXT_FILTERED_MAX_RATIO,
          "framewatch --where '" + FILTERED_QUERY + "' vs DuckDB text ILIKE '%" + RowGenerator.FILTER_WORD + "%' ("
              + filtered.matchingDocuments() + " matching documents)"));
      Map<String, Object> setup = new LinkedHashMap<>();
      setup.put("results_identical", true);
      setup.put("cells_unfiltered", cells[0]);
      setup.put("cells_text_filtered", cells[1]);
      setup.put("text_filter_matches", filtered.matchingDocuments());
      setup.put("framewatch_index_build_ms", loaded.indexMs);
      double docsPerS = documents / (loaded.indexMs / 1000.0);
      setup.put("framewatch_index_build_docs_per_s", Math.round(docsPerS));
      setup.put("framewatch_index_build_target", "docs/s >= " + (long) BUILD_MIN_DOCS_PER_S);
      setup.put("framewatch_index_build_target_met", docsPerS >= BUILD_MIN_DOCS_PER_S);
      setup.put("framewatch_merge_wait_ms", loaded.mergeWaitMs);
      setup.put("duckdb_load_ms", loaded.duckdbLoadMs);
      setup.put("framewatch_unfiltered_uncached_ms", Math.round(cold.framewatchMs() * 100) / 100.0);
      setup.put("duckdb_unfiltered_beside_uncached_ms", Math.round(cold.peerMs() * 100) / 100.0);
      setup.put("unfiltered_uncached_ratio", Math.round(cold.framewatchMs() / cold.peerMs() * 1000) / 1000.0);
      setup.put("framewatch_unfiltered_uncached_samples_ms", rounded(cold.framewatchSamples()));
      setup.put("duckdb_unfiltered_beside_uncached_samples_ms", rounded(cold.peerSamples()));
      setup.put("count_threads", dev.framewatch.index.count.ShareCounter.threads());
      setup.put("framewatch_segments", loaded.framewatch.segments());
      setup.put("duckdb_threads", loaded.duckdb.threads());
      setup.put("duckdb_version", loaded.duckdb.version());
      setup.put("framewatch_samples_ms", List.of(rounded(all.framewatchSamples()), rounded(text.framewatchSamples())));
      setup.put("duckdb_samples_ms", List.of(rounded(all.peerSamples()), rounded(text.peerSamples())));
      return new BenchReport("share", documents, runs, warmup, Machine.current(), setup, comparisons);
    }
  }

  static List<Double> rounded(double[] samples) {
    List<Double> out = new ArrayList<>();
    for (double s : samples) {
      out.add(Math.round(s * 10) / 10.0);
    }
    return out;
  }
}
