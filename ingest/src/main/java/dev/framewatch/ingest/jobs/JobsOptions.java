package dev.framewatch.ingest.jobs;

import com.typesafe.config.Config;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/**
 * What the jobs crawl fetches.
 *
 * @param seedUrls {@code sources.jobs.seed-urls}: pages with JobPosting JSON-LD or sitemaps listing them (absolute, or relative
 *     to {@code sources.jobs.base-url})
 * @param greenhouseBaseUrl {@code sources.jobs.greenhouse.base-url}
 * @param greenhouseBoards {@code sources.jobs.greenhouse.boards}: board tokens
 * @param leverBaseUrl {@code sources.jobs.lever.base-url}
 * @param leverCompanies {@code sources.jobs.lever.companies}: Lever site names
 * @param hnBaseUrl {@code sources.jobs.hn.base-url}
 * @param hnStoryIds {@code sources.jobs.hn.story-ids}: stories crawled besides those the search finds
 * @param hnSince {@code sources.jobs.hn.since}: the search for "Ask HN: Who is hiring?" threads goes back to the start of
 *     this month (UTC); null ({@code ""} in the configuration) = no search, only {@code hnStoryIds}
 * @param hnSearchPageSize stories per search page (Algolia's {@code hitsPerPage})
 * @param leverPageSize postings per Lever page (the {@code limit} parameter)
 * @param maxSitemapPages pages read from one seed sitemap (nested sitemaps included), at most
 */
public record JobsOptions(
    List<String> seedUrls,
    String greenhouseBaseUrl,
    List<String> greenhouseBoards,
    String leverBaseUrl,
    List<String> leverCompanies,
    String hnBaseUrl,
    List<Long> hnStoryIds,
    YearMonth hnSince,
    int hnSearchPageSize,
    int leverPageSize,
    int maxSitemapPages) {
  public static final int DEFAULT_LEVER_PAGE_SIZE = 100;
  public static final int DEFAULT_MAX_SITEMAP_PAGES = 5_000;
  /** Algolia serves at most 1,000 hits per page; 100 keeps a page small and the whole search since 2018 to about 4 pages. */
  public static final int DEFAULT_HN_SEARCH_PAGE_SIZE = 100;

  public JobsOptions {
    seedUrls = List.copyOf(seedUrls);
    greenhouseBaseUrl = trimSlash(greenhouseBaseUrl);
    greenhouseBoards = List.copyOf(greenhouseBoards);
    leverBaseUrl = trimSlash(leverBaseUrl);
    leverCompanies = List.copyOf(leverCompanies);
    hnBaseUrl = trimSlash(hnBaseUrl);
    hnStoryIds = List.copyOf(hnStoryIds);
    if (hnSearchPageSize < 1 || hnSearchPageSize > 1_000) {
      throw new IllegalArgumentException("HN search page size must be 1 to 1000, got " + hnSearchPageSize);
    }
    if (leverPageSize < 1) {
      throw new IllegalArgumentException("Lever page size must be positive, got " + leverPageSize);
    }
    if (maxSitemapPages < 0) {
      throw new IllegalArgumentException("max sitemap pages must not be negative, got " + maxSitemapPages);
    }
  }

  /**
   * Reads {@code sources.jobs.*}: {@code keys} holds the keys under {@code sources.jobs}. A non-empty {@code sources.jobs.base-url} (demo site, tests) serves every API and the relative
   * seed URLs from one host; empty means each API's own base URL.
   */
  public static JobsOptions from(Config keys) {
    String base = keys.getString("base-url").trim();
    List<String> seeds = keys.getStringList("seed-urls").stream()
        .map(s -> base.isEmpty() || s.matches("(?i)^[a-z][a-z0-9+.-]*:.*") ? s : trimSlash(base) + (s.startsWith("/") ? s : "/" + s))
        .toList();
    List<Long> storyIds = keys.getStringList("hn.story-ids").stream().map(s -> {
      try {
        return Long.parseLong(s.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("sources.jobs.hn.story-ids: not a story id: \"" + s + "\"");
      }
    }).toList();
    return new JobsOptions(seeds,
        base.isEmpty() ? keys.getString("greenhouse.base-url") : base,
        keys.getStringList("greenhouse.boards"),
        base.isEmpty() ? keys.getString("lever.base-url") : base,
        keys.getStringList("lever.companies"),
        base.isEmpty() ? keys.getString("hn.base-url") : base,
        storyIds, since(keys.getString("hn.since")), keys.getInt("hn.search-page-size"), DEFAULT_LEVER_PAGE_SIZE,
        DEFAULT_MAX_SITEMAP_PAGES);
  }

  /** The first instant the search keeps: the start of {@link #hnSince}'s month, UTC; null when there is no search. */
  public Instant hnSinceInstant() {
    return hnSince == null ? null : hnSince.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  private static YearMonth since(String value) {
    if (value.isBlank()) {
      return null;
    }
    try {
      return YearMonth.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("sources.jobs.hn.since: not a month (YYYY-MM) or \"\": \"" + value + "\"");
    }
  }

  private static String trimSlash(String url) {
    Objects.requireNonNull(url, "base url");
    String u = url.trim();
    return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
  }
}
