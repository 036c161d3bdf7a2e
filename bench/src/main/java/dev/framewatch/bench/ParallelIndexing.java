package dev.framewatch.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Generated rows into framewatch's index on two threads (IndexWriter is thread-safe), while the calling thread generates them.
 * Chunks of rows, at most two per thread in flight, keep the heap flat.
 */
final class ParallelIndexing {
  static final int CHUNK = 5_000;

  private ParallelIndexing() {}

  /** Indexing threads: two, or one on a single core. */
  static int threads() {
    return Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
  }

  /** Generates rows 0..documents-1 on this thread and adds them to the index on the pool; waits for all. */
  static void run(int documents, FramewatchShareIndex index, PrintStream progress)
      throws Exception {
    int threads = threads();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Semaphore inFlight = new Semaphore(threads * 2);
    List<Future<?>> futures = new ArrayList<>();
    try {
      List<List<BenchRow>> chunk = new ArrayList<>(List.of(new ArrayList<>(CHUNK))); // one slot: the chunk being filled
      long[] produced = {0};
      Runnable submit = () -> {
        List<BenchRow> rows = chunk.get(0);
        chunk.set(0, new ArrayList<>(CHUNK));
        inFlight.acquireUninterruptibly();
        futures.add(pool.submit(() -> {
          try {
            rows.forEach(index::add);
          } finally {
            inFlight.release();
          }
        }));
        futures.removeIf(Future::isDone);
      };
      new RowGenerator().generate(documents, row -> {
        chunk.get(0).add(row);
        if (chunk.get(0).size() == CHUNK) {
          submit.run();
        }
        if (++produced[0] % 100_000 == 0) {
          progress.printf("bench: %,d / %,d rows generated and sent to the index%n", produced[0], documents);
        }
      });
      if (!chunk.get(0).isEmpty()) {
        submit.run();
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }
}
