import dev.framewatch.bench.BenchRow;
import dev.framewatch.bench.RowGenerator;
import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.core.record.Paper;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.schema.DocumentBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * What framewatch's own code costs per bench row on one thread, before Lucene: framework detection, the _source JSON, the
 * whole Document, and generating the row. 200,000 rows, four rounds (the first warms up).
 */
public class PerDocument {
  public static void main(String[] a) throws Exception {
    int n = 200_000;
    List<BenchRow> rows = new ArrayList<>();
    new RowGenerator().generate(n, rows::add);
    List<Paper> papers = rows.stream().map(BenchRow::toPaper).toList();
    FrameworkDetector detector = new FrameworkDetector(MethodLoader.load("default"));
    DocumentBuilder builder = new DocumentBuilder(detector, Vocabulary.standard());
    for (int round = 0; round < 4; round++) {
      long sink = 0;
      long t0 = System.nanoTime();
      for (Paper p : papers) {
        sink += detector.detect(p, null).counted().size();
      }
      long t1 = System.nanoTime();
      for (Paper p : papers) {
        sink += RecordCodec.encode(p).length();
      }
      long t2 = System.nanoTime();
      for (Paper p : papers) {
        sink += builder.build(p).getFields().size();
      }
      long t3 = System.nanoTime();
      long[] generated = {0};
      new RowGenerator().generate(n, r -> generated[0]++);
      long t4 = System.nanoTime();
      System.out.printf("per row: detect %.2f us, _source %.2f us, Document %.2f us, generate %.2f us (%d)%n",
          (t1 - t0) / 1e3 / n, (t2 - t1) / 1e3 / n, (t3 - t2) / 1e3 / n, (t4 - t3) / 1e3 / n, sink + generated[0]);
    }
  }
}
