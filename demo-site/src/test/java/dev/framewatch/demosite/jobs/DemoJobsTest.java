package dev.framewatch.demosite.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.core.record.Job;
import dev.framewatch.demosite.DemoCorpus;
import dev.framewatch.demosite.DemoCrawl;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.testing.CollectingSink;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The jobs crawler against the demo site: JSON-LD pages from a sitemap, Greenhouse, Lever, Hacker News. */
class DemoJobsTest {
  @Test
  void everyPostingOnceDespiteTheScriptedFailures() {
    DemoCorpus corpus = DemoCorpus.standard();
    CollectingSink sink = new CollectingSink();
    // The Greenhouse 429 and the Lever 500, each retried once.
    CrawlSummary report = DemoCrawl.retryingEach(corpus, "jobs", sink, 2);

    List<DemoJob> jobs = corpus.jobs();
    assertEquals(40 + 60 + 155 + 108, jobs.size());
    Set<String> expected = jobs.stream().filter(DemoJob::expected).map(j -> j.expectedId("127.0.0.1"))
        .collect(Collectors.toCollection(LinkedHashSet::new));
    assertEquals(361, expected.size());
    // 1 sitemap + 40 pages, 2 Greenhouse boards, 2 + 1 Lever pages, 9 HN stories.
    assertEquals(new CrawlSummary("jobs", 55, 361, 0, 1, 0, 0, 1), report);
    assertEquals(1, report.duplicates(), "the Greenhouse copy of an employer page's posting");
    assertEquals(expected, new LinkedHashSet<>(sink.ids()));
    assertEquals(361, sink.records().size());

    for (Object r : sink.records()) {
      Job job = (Job) r;
      assertTrue(job.posted() != null && job.posted().getYear() >= 2017 && job.posted().getYear() <= 2026, job.toString());
    }
    DeadLetter letter = sink.deadLetters().get(0);
    assertTrue(letter.origin().endsWith("/careers/jobs/ar-1008.html"), letter.origin());
    assertEquals("jsonld", letter.context().get("source"));
  }
}
