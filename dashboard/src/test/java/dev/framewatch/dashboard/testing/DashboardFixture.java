package dev.framewatch.dashboard.testing;

import dev.framewatch.analytics.share.IndexShareService;
import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.Method;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Job;
import dev.framewatch.core.record.Model;
import dev.framewatch.core.record.Paper;
import dev.framewatch.core.record.Stars;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.dashboard.DashboardData;
import dev.framewatch.dashboard.DashboardServer;
import dev.framewatch.dashboard.api.CrawlLog;
import dev.framewatch.index.schema.CommitData;
import dev.framewatch.index.schema.DocumentBuilder;
import dev.framewatch.index.schema.IndexSchema;
import dev.framewatch.index.search.DocumentSearch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

/**
 * A real Lucene index under a data dir with known numbers, and the real server over it. Counts (default method):
 * <ul>
 *   <li>papers, CVPR 2019: 3 PyTorch, 1 TensorFlow, 1 naming none (5 documents, 4 naming a framework); CVPR 2020: 4 PyTorch
 *       (one with hostile markup in its abstract), 1 TensorFlow; ICLR 2019: 1 PyTorch, 2 TensorFlow; ICLR 2020: 3 PyTorch, 1 JAX
 *   <li>jobs, 2021: 2 PyTorch, 2 TensorFlow; 2022: 3 PyTorch (one with a hostile title), 1 TensorFlow
 *   <li>models, 2022-03: 2 PyTorch, 1 TensorFlow; 2022-04: 2 PyTorch
 *   <li>stars: a/b 10, 15, 30 on 2020-01-01..03; c/d 5, 50 on 2021-06-01..02
 * </ul>
 */
public final class DashboardFixture implements AutoCloseable {
  public static final String XSS_ABSTRACT = "<img src=x onerror=\"document.title='pwned-abstract'\"> We train it in PyTorch. "
      + "<script>window.__xss='abstract'</script>";
  public static final String XSS_TITLE = "<script>window.__xss='title'</script><img src=x onerror=\"window.__xss='img'\">"
      + " ML engineer";

  public final Path dataDir;
  public final IndexShareService shares;
  public final DashboardServer server;
  public final AtomicInteger reportsWritten = new AtomicInteger();

  public DashboardFixture(Path dataDir, String adminToken) throws Exception {
    this(dataDir, adminToken, List.of());
  }

  /** @param extra records indexed besides the fixture's own (a test's hostile values); the counts above hold without them */
  public DashboardFixture(Path dataDir, String adminToken, List<EvidenceRecord> extra) throws Exception {
    this.dataDir = dataDir;
    Method method = MethodLoader.load("default");
    FrameworkDetector detector = new FrameworkDetector(method);
    writeIndex(dataDir.resolve("index"), detector, extra);
    Path week = dataDir.resolve("reports").resolve("2022-W10");
    Files.createDirectories(week);
    Files.writeString(week.resolve("report.md"), "# report 2022-W10\n");
    Files.writeString(week.resolve("report.html"), "<html><body>report 2022-W10</body></html>\n");
    CrawlLog.write(dataDir, new CrawlLog("papers", Instant.parse("2022-04-21T01:00:00Z"), 40, 17, 3, 1, 2, null));
    CrawlLog.write(dataDir, new CrawlLog("jobs", Instant.parse("2022-04-21T02:00:00Z"), 0, 0, 0, 0, 0,
        "jobs.example.org: connection refused"));
    shares = new IndexShareService(dataDir.resolve("index"));
    Map<String, Supplier<String>> actions = Map.of("report", () -> "report " + reportsWritten.incrementAndGet());
    DashboardData data = new DashboardData(shares, new DocumentSearch(detector, Vocabulary.standard()), Vocabulary.standard(),
        dataDir, "Test <data>", adminToken, actions, () -> 42);
    server = DashboardServer.start("127.0.0.1", 0, data);
  }

  private static void writeIndex(Path index, FrameworkDetector detector, List<EvidenceRecord> extra) throws Exception {
    List<EvidenceRecord> records = new ArrayList<>(extra);
    papers(records, "CVPR", 2019, 3, 1, 0, 1);
    papers(records, "CVPR", 2020, 3, 1, 0, 0);
    records.add(new Paper("paper:cvpr:2020:xss", "test", null, "Hostile abstract", "CVPR", 2020, List.of(), List.of(),
        List.of(), XSS_ABSTRACT, null, Map.of("page", "javascript:alert(1)"), null));
    papers(records, "ICLR", 2019, 1, 2, 0, 0);
    papers(records, "ICLR", 2020, 3, 0, 1, 0);
    jobs(records, 2021, 2, 2, false);
    jobs(records, 2022, 3, 1, true);
    records.add(model("m1", "timm", "pytorch", "2022-03-02"));
    records.add(model("m2", "transformers", "pytorch", "2022-03-05"));
    records.add(model("m3", "transformers", "tf", "2022-03-09"));
    records.add(model("m4", "timm", "pytorch", "2022-04-01"));
    records.add(model("m5", "timm", "pytorch", "2022-04-20"));
    stars(records, "a/b", LocalDate.of(2020, 1, 1), 10, 15, 30);
    stars(records, "c/d", LocalDate.of(2021, 6, 1), 5, 50);
    Method method = MethodLoader.load("default");
    DocumentBuilder builder = new DocumentBuilder(detector, Vocabulary.standard());
    try (FSDirectory d = FSDirectory.open(index);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(IndexSchema.analyzer()))) {
      for (EvidenceRecord r : records) {
        w.updateDocument(new Term(IndexSchema.ID, r.id()), builder.build(r));
      }
      w.setLiveCommitData(new CommitData(Map.of(), method.name(), method.version(), Instant.parse("2022-04-21T00:00:00Z"),
          method.name() + " " + method.version()).toUserData().entrySet());
      w.commit();
    }
  }

  private static void papers(List<EvidenceRecord> out, String venue, int year, int pytorch, int tensorflow, int jax, int none) {
    int[] counts = {pytorch, tensorflow, jax, none};
    String[] texts = {"Our code uses PyTorch.", "Implemented in TensorFlow.", "Written with JAX.", "No framework named here."};
    for (int k = 0; k < counts.length; k++) {
      for (int i = 0; i < counts[k]; i++) {
        String id = "paper:" + venue.toLowerCase() + ":" + year + ":" + k + "-" + i;
        out.add(new Paper(id, "test", null, venue + " " + year + " paper " + k + "-" + i, venue, year, List.of(), List.of(),
            List.of(), texts[k], null, Map.of("page", "https://example.org/" + id), null));
      }
    }
  }

  private static void jobs(List<EvidenceRecord> out, int year, int pytorch, int tensorflow, boolean hostile) {
    for (int i = 0; i < pytorch + tensorflow; i++) {
      String title = hostile && i == 0 ? XSS_TITLE : "ML engineer " + year + "-" + i;
      out.add(new Job("job:test:" + year + "-" + i, "greenhouse", null, title, "Acme", null, LocalDate.of(year, 3, 1 + i),
          i < pytorch ? "We use PyTorch daily." : "We use TensorFlow daily.", null));
    }
  }

  private static Model model(String id, String library, String tag, String created) {
    return new Model("hf:org/" + id, "huggingface", null, "org/" + id, library, List.of(library, tag), "image-classification",
        LocalDate.parse(created), 10, 1, null);
  }

  private static void stars(List<EvidenceRecord> out, String repo, LocalDate first, long... cumulative) {
    long previous = 0;
    for (int i = 0; i < cumulative.length; i++) {
      LocalDate day = first.plusDays(i);
      out.add(new Stars("stars:" + repo + ":" + day, "github", null, repo, day, cumulative[i], cumulative[i] - previous,
          null));
      previous = cumulative[i];
    }
  }

  public String url(String path) {
    return server.url() + (path.startsWith("/") ? path.substring(1) : path);
  }

  @Override
  public void close() {
    server.close();
    shares.close();
  }
}
