package dev.framewatch.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.app.Framewatch;
import dev.framewatch.core.json.Json;
import dev.framewatch.demosite.DemoCorpus;
import dev.framewatch.demosite.DemoSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code framewatch demo --no-serve} end to end: the embedded broker, the demo site, all four crawlers, the indexer and the
 * share table, in this JVM.
 */
class DemoCommandIT {
  @TempDir Path dir;

  @Test
  void theDemoCrawlsAllFourSourcesAndTheShareTableShowsThem() throws Exception {
    String data = dir.resolve("data").toString();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Framewatch.execute(new String[] {"demo", "--no-serve", "--data-dir", data}, new PrintWriter(out, true),
        new PrintWriter(err, true));
    String text = out.toString();
    assertEquals(0, code, text + "\n--- stderr\n" + err);

    for (String source : List.of("papers", "jobs", "github", "huggingface")) {
      assertTrue(text.contains("crawled " + source + ": "), source + "\n" + text);
    }
    assertTrue(text.contains("crawled papers: 606 pages fetched, 480 new records, 0 unchanged (0 pages 304, 0 records known), "
        + "2 failed pages, 2 dead letters, 0 duplicates"), text);
    assertTrue(text.contains("crawled jobs: 56 pages fetched, 361 new records, 0 unchanged (0 pages 304, 0 records known), "
        + "0 failed pages, 1 dead letters, 1 duplicates"), text);
    assertTrue(text.contains("crawled huggingface: 24 pages fetched, 2400 new records, 0 unchanged (0 pages 304, 0 records "
        + "known), 0 failed pages, 0 dead letters, 0 duplicates"), text);

    // The share table by kind shows all four kinds of evidence (star snapshots are a time series, not counted as documents).
    for (String row : List.of(
        "job    pytorch         246  79.6%  74.8-83.7          309        361",
        "model  pytorch       1,781  93.6%  92.4-94.6        1,903      2,400",
        "paper  pytorch         181  66.5%  60.7-71.9          272        480",
        "repo   pytorch           1  16.7%   3.0-56.4            6          7",
        "method: default 0.3.0; 3,248 documents, 2,490 naming a framework")) {
      assertTrue(text.contains(row), row + "\n" + text);
    }
    // The domain classifier is trained on the crawl's weak labels and labels what no rule gives a domain.
    assertTrue(text.contains("training data: 2,516 examples {vision=450, language=1620, speech=160, rl-robotics=41, "
        + "multimodal=186, other=59}, from {arxiv-category=60, job-title=138, pipeline-tag=2138, venue=180}"), text);
    assertTrue(text.contains("labelled 936 documents with domain-bow version "), text);
    assertTrue(text.contains("indexed 936 records (936 documents written"), text);
    // It ends by writing the week's report (the week of the newest evidence), and says where.
    java.nio.file.Path report = dir.resolve("data").resolve("reports").resolve("2026-W44").resolve("report.html");
    assertTrue(text.contains("weekly report: " + report), text);
    String html = java.nio.file.Files.readString(report);
    assertTrue(html.contains("<svg") && !html.contains("<script"), "inline SVG, no scripts");
    assertTrue(html.contains("<td>model</td><td>1781</td><td>152</td><td>92.1%</td><td>90.9-93.3%</td>"), html);
    DemoDashboardCheck.everyViewIsFilled(dir.resolve("data"));

    StringWriter stats = new StringWriter();
    assertEquals(0, Framewatch.execute(new String[] {"stats", "--format", "json", "--data-dir", data, "--set",
        "kafka.topic-prefix=demo."}, new PrintWriter(stats, true), new PrintWriter(new StringWriter(), true)), stats.toString());
    JsonNode json = Json.mapper().readTree(stats.toString());
    assertEquals(4, json.at("/topics/dead-letter").asLong(), stats.toString());
    assertTrue(json.at("/topics/papers").asLong() >= 480, stats.toString());
    assertEquals(936, json.at("/topics/labels").asLong(), stats.toString());

    // ICLR, a general venue, has a domain for each of its papers now: the classifier's.
    StringWriter iclr = new StringWriter();
    assertEquals(0, Framewatch.execute(new String[] {"share", "--by", "domain", "--where", "venue:iclr", "--format", "json",
        "--data-dir", data, "--set", "kafka.topic-prefix=demo."}, new PrintWriter(iclr, true),
        new PrintWriter(new StringWriter(), true)), iclr.toString());
    long withDomain = 0;
    for (JsonNode g : Json.mapper().readTree(iclr.toString()).path("groups")) {
      withDomain += g.path("group").path("domain").isMissingNode() ? 0 : g.path("documents").asLong();
    }
    assertEquals(Json.mapper().readTree(iclr.toString()).at("/totals/documents").asLong(), withDomain, iclr.toString());
    assertTrue(withDomain > 0, iclr.toString());
  }

  @Test
  @SuppressWarnings("unchecked")
  void crawlOnceRunsEachOfTheFourSources() throws Exception {
    String data = dir.resolve("crawl").toString();
    try (DemoSite site = DemoSite.start(DemoCorpus.standard())) {
      List<String> args = new ArrayList<>(List.of("crawl", "papers", "jobs", "github", "huggingface", "--once",
          "--data-dir", data, "--set", "http.max-requests-per-second=1000", "--set", "sources.huggingface.page-size=100"));
      site.overrides().forEach((k, v) -> {
        args.add("--set");
        args.add(k + "=" + (v instanceof List ? String.join(",", (List<String>) v) : v));
      });
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Framewatch.execute(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
      assertEquals(0, code, out + "\n--- stderr\n" + err);
      assertEquals(List.of(
          "papers: 606 pages fetched, 480 new records, 0 unchanged (0 pages 304, 0 records known), 2 failed pages, "
              + "2 dead letters, 0 duplicates",
          "jobs: 56 pages fetched, 361 new records, 0 unchanged (0 pages 304, 0 records known), 0 failed pages, "
              + "1 dead letters, 1 duplicates",
          "github: 43 pages fetched, 2813 new records, 0 unchanged (0 pages 304, 0 records known), 1 failed pages, "
              + "1 dead letters, 0 duplicates",
          "huggingface: 24 pages fetched, 2400 new records, 0 unchanged (0 pages 304, 0 records known), 0 failed pages, "
              + "0 dead letters, 0 duplicates"),
          List.of(out.toString().trim().split("\n")));

      // Again, on the same data dir: the crawl state under <data.dir>/crawl-state makes it incremental. The site is
      // unchanged, so listings answer 304 (HN threads whose comment count the search shows unchanged are not asked at all:
      // 46 jobs pages 304 and the HN search page); what is read again is what failed last time (two papers whose page or PDF the
      // demo always truncates, and the stargazers page it always truncates, with its repository, whose unchanged content is
      // not published again).
      StringWriter again = new StringWriter();
      code = Framewatch.execute(args.toArray(String[]::new), new PrintWriter(again, true), new PrintWriter(err, true));
      assertEquals(0, code, again + "\n--- stderr\n" + err);
      assertEquals(List.of(
          "papers: 25 pages fetched, 2 new records, 54 unchanged (20 pages 304, 34 records known), 2 failed pages, "
              + "2 dead letters, 0 duplicates",
          "jobs: 47 pages fetched, 0 new records, 46 unchanged (46 pages 304, 0 records known), 0 failed pages, "
              + "0 dead letters, 0 duplicates",
          "github: 8 pages fetched, 0 new records, 6 unchanged (6 pages 304, 0 records known), 1 failed pages, "
              + "1 dead letters, 0 duplicates",
          "huggingface: 1 pages fetched, 0 new records, 1 unchanged (1 pages 304, 0 records known), 0 failed pages, "
              + "0 dead letters, 0 duplicates"),
          List.of(again.toString().trim().split("\n")));
      assertTrue(java.nio.file.Files.exists(dir.resolve("crawl/crawl-state/papers.mv.db")));
    }
  }
}
