import dev.framewatch.bench.BenchRow;
import dev.framewatch.bench.RowGenerator;
import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.schema.DocumentBuilder;
import dev.framewatch.index.schema.IndexSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

/**
 * bench share's build without DuckDB: N generated rows through DocumentBuilder into a new index on two threads, written with
 * updateDocument ("update") or addDocument ("add"). -Dram=MB and -Dcfs=true|false vary the writer. Prints the time to add,
 * commit and close (the merge wait), and documents/s.
 */
public class BuildVariants {
  public static void main(String[] a) throws Exception {
    int n = Integer.parseInt(a[0]);
    boolean add = a[1].equals("add");
    Path dir = Files.createTempDirectory("build-variants");
    DocumentBuilder builder = new DocumentBuilder(new FrameworkDetector(MethodLoader.load("default")), Vocabulary.standard());
    ConcurrentMergeScheduler merges = new ConcurrentMergeScheduler();
    merges.disableAutoIOThrottle();
    IndexWriter w = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(IndexSchema.analyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setMergeScheduler(merges)
        .setRAMBufferSizeMB(Double.parseDouble(System.getProperty("ram", "192")))
        .setUseCompoundFile(Boolean.parseBoolean(System.getProperty("cfs", "true"))));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Semaphore inFlight = new Semaphore(4);
    List<Future<?>> futures = new ArrayList<>();
    List<List<BenchRow>> chunk = new ArrayList<>(List.of(new ArrayList<>()));
    long t0 = System.nanoTime();
    new RowGenerator().generate(n, row -> {
      chunk.get(0).add(row);
      if (chunk.get(0).size() == 5000) {
        List<BenchRow> rows = chunk.set(0, new ArrayList<>());
        inFlight.acquireUninterruptibly();
        futures.add(pool.submit(() -> {
          try {
            for (BenchRow r : rows) {
              var doc = builder.build(r.toPaper());
              if (add) {
                w.addDocument(doc);
              } else {
                w.updateDocument(new Term(IndexSchema.ID, r.id()), doc);
              }
            }
          } catch (Exception e) {
            throw new RuntimeException(e);
          } finally {
            inFlight.release();
          }
        }));
        futures.removeIf(Future::isDone);
      }
    });
    for (Future<?> f : futures) {
      f.get();
    }
    long added = System.nanoTime();
    w.commit();
    long committed = System.nanoTime();
    w.close();
    pool.shutdown();
    long closed = System.nanoTime();
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir))) {
      System.out.printf("%s: %,d docs, added %.1f s, commit %.1f s, close %.1f s, %d segments; %.0f docs/s to the commit%n",
          a[1], n, (added - t0) / 1e9, (committed - added) / 1e9, (closed - committed) / 1e9, r.leaves().size(),
          n / ((committed - t0) / 1e9));
    }
  }
}
