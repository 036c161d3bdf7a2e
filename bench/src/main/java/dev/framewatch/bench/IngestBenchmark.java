package dev.framewatch.bench;

import dev.framewatch.app.kafka.EmbeddedBroker;
import dev.framewatch.app.kafka.TopicSetup;
import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.core.method.MethodSet;
import dev.framewatch.core.record.Kind;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.core.record.Topics;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.indexer.CommitPolicy;
import dev.framewatch.index.indexer.IndexRun;
import dev.framewatch.index.indexer.Indexer;
import dev.framewatch.index.schema.DocumentBuilder;
import dev.framewatch.index.schema.IndexSchema;
import dev.framewatch.ingest.kafka.KafkaRecordSink;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

/**
 * {@code bench ingest}: Kafka to Lucene end to end (framewatch's {@link Indexer} on a fresh index, reading a real embedded broker)
 * versus bare Lucene indexing of the same records already in memory as JSON (decoded with RecordCodec, built with the same
 * DocumentBuilder, {@code updateDocument}, same RAM buffer, one commit). Producing the records is not timed.
 */
public final class IngestBenchmark {
  static final double RAM_BUFFER_MB = 64; // index.ram-buffer-mb default
  /** index.commit-every-records and index.commit-interval-ms defaults: what `framewatch index` really does. */
  static final CommitPolicy DEFAULT_COMMIT_POLICY = new CommitPolicy(50_000, 5_000);

  private final int documents;
  private final int runs;
  private final int warmup;
  private final PrintStream progress;

  private final CommitPolicy commitPolicy;

  public IngestBenchmark(int documents, int runs, int warmup, PrintStream progress) {
    this(documents, runs, warmup, DEFAULT_COMMIT_POLICY, progress);
  }

  /** With the indexer's commit policy given (the default is framewatch's configuration default). */
  public IngestBenchmark(int documents, int runs, int warmup, CommitPolicy commitPolicy, PrintStream progress) {
    this.commitPolicy = commitPolicy;
    this.documents = documents;
    this.runs = runs;
    this.warmup = warmup;
    this.progress = progress;
  }

  public BenchReport run(Path workDir) throws Exception {
    Topics topics = new Topics("bench.");
    FrameworkDetector detector = new FrameworkDetector(MethodLoader.load("default"));
    long t = System.nanoTime();
    try (EmbeddedBroker.Handle broker = EmbeddedBroker.startOrAttach(workDir.resolve("kafka"), 60_000)) {
      String bootstrap = broker.bootstrapServers();
      TopicSetup.ensure(bootstrap, topics, 1);
      long bytes = produce(bootstrap, topics);
      progress.printf("bench ingest: %,d records (%,d bytes of JSON) produced to %s in %.1f s (not timed)%n", documents, bytes,
          topics.forKind(Kind.PAPER), (System.nanoTime() - t) / 1e9);
      double[] fw = new double[runs];
      double[] bare = new double[runs];
      long commits = 0;
      for (int i = -warmup; i < runs; i++) {
        String label = i < 0 ? "warmup " + (i + warmup + 1) : "run " + (i + 1);
        double a;
        double b;
        if ((i & 1) == 0) {
          a = framewatch(workDir, bootstrap, topics, detector, i);
          b = bare(workDir, detector, i);
        } else {
          b = bare(workDir, detector, i);
          a = framewatch(workDir, bootstrap, topics, detector, i);
        }
        progress.printf("bench ingest: %s: framewatch %.1f s (%,.0f rec/s), bare Lucene %.1f s (%,.0f rec/s)%n", label,
            a / 1000, documents / (a / 1000), b / 1000, documents / (b / 1000));
        if (i >= 0) {
          fw[i] = a;
          bare[i] = b;
        }
      }
      double fwMs = SideBySide.median(fw);
      double bareMs = SideBySide.median(bare);
      List<Comparison> comparisons = List.of(Comparison.throughput("ingest", documents, fwMs, "bare-lucene", bareMs, 0.8,
          "Kafka (embedded broker, same JVM) -> Indexer.runUntilCaughtUp (commit every " + commitPolicy.everyRecords()
              + " records or " + commitPolicy.intervalMs() + " ms) vs in-memory JSON"
              + " -> RecordCodec -> DocumentBuilder -> updateDocument, one commit; both 64 MB RAM buffer, fresh index"));
      Map<String, Object> setup = new LinkedHashMap<>();
      setup.put("json_bytes", bytes);
      setup.put("framewatch_commit_every_records", commitPolicy.everyRecords());
      setup.put("framewatch_commit_interval_ms", commitPolicy.intervalMs());
      setup.put("framewatch_samples_ms", ShareBenchmark.rounded(fw));
      setup.put("bare_lucene_samples_ms", ShareBenchmark.rounded(bare));
      return new BenchReport("ingest", documents, runs, warmup, Machine.current(), setup, comparisons);
    }
  }

  private long produce(String bootstrap, Topics topics) {
    long[] bytes = {0};
    try (KafkaRecordSink sink = KafkaRecordSink.create(bootstrap, topics, "framewatch-bench")) {
      long[] n = {0};
      new RowGenerator().generate(documents, row -> {
        var paper = row.toPaper();
        bytes[0] += RecordCodec.encodeBytes(paper).length;
        sink.publish(paper);
        if (++n[0] % 100_000 == 0) {
          progress.printf("bench ingest: %,d / %,d records produced%n", n[0], documents);
        }
      });
      sink.flush();
    }
    return bytes[0];
  }

  /** Kafka to Lucene with framewatch's indexer, on a fresh index directory; returns milliseconds. */
  double framewatch(Path workDir, String bootstrap, Topics topics, FrameworkDetector detector, int run) {
    Path dir = workDir.resolve("fw-index-" + (run + warmup));
    long start = System.nanoTime();
    IndexRun result;
    long[] reported = {0};
    java.util.function.LongConsumer onBatch = consumed -> {
      if (consumed / 200_000 > reported[0]) {
        reported[0] = consumed / 200_000;
        progress.printf("bench ingest: framewatch indexer at %,d records%n", consumed);
      }
    };
    try (Indexer indexer = Indexer.builder(dir, topics, MethodSet.of(detector), commitPolicy).ramBufferMb(RAM_BUFFER_MB)
        .progress(onBatch).kafka(bootstrap).open()) {
      result = indexer.runUntilCaughtUp();
    }
    double ms = (System.nanoTime() - start) / 1e6;
    if (result.documentsWritten() != documents) {
      throw new IllegalStateException("framewatch indexed " + result.documentsWritten() + " documents, expected " + documents);
    }
    requireDocs(dir);
    WorkDir.deleteRecursively(dir);
    return ms;
  }

  /** The same records in memory as JSON (materialized before the clock starts), indexed with bare Lucene; milliseconds. */
  double bare(Path workDir, FrameworkDetector detector, int run) {
    List<byte[]> json = new ArrayList<>(documents);
    new RowGenerator().generate(documents, row -> json.add(RecordCodec.encodeBytes(row.toPaper())));
    Path dir = workDir.resolve("bare-index-" + (run + warmup));
    DocumentBuilder builder = new DocumentBuilder(detector, Vocabulary.standard());
    long start = System.nanoTime();
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(d, new IndexWriterConfig(IndexSchema.analyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(RAM_BUFFER_MB))) {
      for (int i = 0; i < json.size(); i++) {
        var record = RecordCodec.decode(new String(json.get(i), StandardCharsets.UTF_8), Kind.PAPER);
        json.set(i, null); // let the heap breathe as we go, as the indexer's polled batches do
        writer.updateDocument(new Term(IndexSchema.ID, record.id()), builder.build(record));
      }
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    double ms = (System.nanoTime() - start) / 1e6;
    requireDocs(dir);
    WorkDir.deleteRecursively(dir);
    return ms;
  }

  private void requireDocs(Path dir) {
    try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
      if (r.numDocs() != documents) {
        throw new IllegalStateException(dir + " holds " + r.numDocs() + " documents, expected " + documents);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
