package dev.framewatch.ingest.jobs;

import dev.framewatch.ingest.crawl.CrawlRun;
import dev.framewatch.ingest.crawl.MalformedResponseException;
import dev.framewatch.ingest.crawl.PageScope;
import dev.framewatch.ingest.http.FetchRequest;
import dev.framewatch.ingest.http.FetchResult;
import dev.framewatch.ingest.state.Validators;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON-LD part of a jobs crawl: each seed URL is a page with JobPosting JSON-LD, or a sitemap whose pages (and nested
 * sitemaps, {@link #MAX_SITEMAP_DEPTH} deep) are read for it. A sitemap's list of pages is kept with its validators, so an
 * unchanged sitemap (304) still has its pages asked, conditionally.
 */
record SeedCrawl(CrawlRun run, JobPostings postings, int maxSitemapPages) {
  private static final Logger LOG = LoggerFactory.getLogger(SeedCrawl.class);
  private static final int MAX_SITEMAP_DEPTH = 2;

  void crawl(String seed) {
    PageScope scope = PageScope.of(JsonLdJobParser.SOURCE, "job", "partition", seed);
    URI url;
    try {
      url = FetchRequest.absolute(seed);
    } catch (IllegalArgumentException e) {
      run.failPage(scope, null, 0, 0, "bad seed URL \"" + seed + "\": " + e.getMessage(), "");
      return;
    }
    Set<URI> visited = new HashSet<>();
    Deque<URI> sitemaps = new ArrayDeque<>();
    Map<URI, Integer> depth = new LinkedHashMap<>();
    FetchResult first = run.fetch(scope, url, true);
    visited.add(url);
    if (first == null) {
      return;
    }
    boolean isSitemap = first.status() == 304 ? keptSitemap(url) != null : SitemapParser.isSitemap(first.body());
    if (!isSitemap) {
      if (first.status() != 304) {
        jsonLdPage(scope, url, first);
      }
      return;
    }
    int pagesRead = 0;
    sitemaps.add(url);
    depth.put(url, 0);
    FetchResult sitemapPage = first;
    while (!sitemaps.isEmpty()) {
      URI sitemapUrl = sitemaps.poll();
      if (sitemapPage == null) {
        sitemapPage = run.fetch(scope, sitemapUrl, true);
        if (sitemapPage == null) {
          continue;
        }
      }
      SitemapParser.Sitemap sitemap;
      if (sitemapPage.status() == 304) {
        // Unchanged: its list of pages is the one kept with its validators; the pages are still asked, conditionally.
        sitemap = keptSitemap(sitemapUrl);
        if (sitemap == null) {
          sitemapPage = null;
          continue;
        }
      } else {
        try {
          sitemap = SitemapParser.parse(sitemapPage.body(), sitemapPage.url());
        } catch (MalformedResponseException e) {
          run.failPage(scope, sitemapUrl, sitemapPage, e.getMessage());
          sitemapPage = null;
          continue;
        }
        run.report(scope, sitemapUrl, sitemapPage, 0, 0);
        // A sitemap vouches for no record: its validators (and its list) can be kept at once.
        run.checkpoint().validators(sitemapUrl, sitemapPage, encode(sitemap));
      }
      sitemapPage = null;
      for (URI nested : sitemap.sitemaps()) {
        int d = depth.get(sitemapUrl) + 1;
        if (d <= MAX_SITEMAP_DEPTH && visited.add(nested)) {
          depth.put(nested, d);
          sitemaps.add(nested);
        }
      }
      for (URI page : sitemap.pages()) {
        if (pagesRead >= maxSitemapPages) {
          LOG.warn("sitemap {} lists more than {} pages; reading no more", seed, maxSitemapPages);
          return;
        }
        if (!visited.add(page)) {
          continue;
        }
        pagesRead++;
        FetchResult result = run.fetch(scope, page, true);
        if (result != null && result.status() != 304) {
          jsonLdPage(scope, page, result);
        }
      }
    }
  }

  private void jsonLdPage(PageScope scope, URI url, FetchResult page) {
    postings.publish(scope, url, page, JsonLdJobParser.parse(page.body(), page.url(), run.now()));
  }

  /** A sitemap's pages and nested sitemaps, one per line, each prefixed {@code p } or {@code s }: kept with its validators. */
  static String encode(SitemapParser.Sitemap sitemap) {
    StringBuilder sb = new StringBuilder("sitemap\n");
    sitemap.pages().forEach(u -> sb.append("p ").append(u).append('\n'));
    sitemap.sitemaps().forEach(u -> sb.append("s ").append(u).append('\n'));
    return sb.toString();
  }

  /** The sitemap kept with a URL's validators, or null when what is kept there is not a sitemap. */
  private SitemapParser.Sitemap keptSitemap(URI url) {
    String meta = run.checkpoint().validators(url).map(Validators::meta).orElse(null);
    if (meta == null || !meta.startsWith("sitemap\n")) {
      return null;
    }
    List<URI> pages = new ArrayList<>();
    List<URI> nested = new ArrayList<>();
    for (String line : meta.split("\n")) {
      if (line.startsWith("p ")) {
        pages.add(URI.create(line.substring(2)));
      } else if (line.startsWith("s ")) {
        nested.add(URI.create(line.substring(2)));
      }
    }
    return new SitemapParser.Sitemap(pages, nested);
  }
}
