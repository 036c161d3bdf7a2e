package dev.framewatch.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.framewatch.app.Framewatch;
import dev.framewatch.demosite.DemoCorpus;
import dev.framewatch.demosite.DemoSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code framewatch crawl jobs --once} with only {@code sources.jobs.hn.base-url} pointed at a local copy of the HN Algolia API
 * (the demo site's): no story id is configured, the crawler finds the "Who is hiring?" threads by itself. The shipped Greenhouse
 * boards and Lever sites are emptied, as they live on the real internet.
 */
class HnSearchCrawlIT {
  @TempDir Path dir;

  private static String crawl(String baseUrl, String data) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Framewatch.execute(new String[] {"crawl", "jobs", "--once", "--data-dir", data,
        "--set", "sources.jobs.hn.base-url=" + baseUrl,
        "--set", "sources.jobs.greenhouse.boards=", "--set", "sources.jobs.lever.companies="},
        new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(0, code, out + "\n--- stderr\n" + err);
    return out.toString().trim();
  }

  @Test
  void crawlJobsOnceFindsTheHiringThreadsBySearch() {
    String data = dir.resolve("data").toString();
    try (DemoSite site = DemoSite.start(DemoCorpus.standard())) {
      // One search page (9 "Who is hiring?" and 9 "Who wants to be hired?" stories), then the 9 hiring threads: 12 postings each.
      assertEquals("jobs: 10 pages fetched, 108 new records, 0 unchanged (0 pages 304, 0 records known), 0 failed pages, "
          + "0 dead letters, 0 duplicates", crawl(site.baseUrl(), data));
      assertEquals(10, site.requestsServed("jobs"));

      // Again: the search shows every thread with the comment count it had, so none is fetched.
      assertEquals("jobs: 1 pages fetched, 0 new records, 0 unchanged (0 pages 304, 0 records known), 0 failed pages, "
          + "0 dead letters, 0 duplicates", crawl(site.baseUrl(), data));
      assertEquals(11, site.requestsServed("jobs"));
    }
  }
}
