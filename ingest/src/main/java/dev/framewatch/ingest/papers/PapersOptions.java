package dev.framewatch.ingest.papers;

import com.typesafe.config.Config;
import dev.framewatch.ingest.http.FetchOptions;
import dev.framewatch.ingest.papercode.PaperCodeOptions;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the papers source crawls.
 *
 * @param venues {@code sources.papers.venues}, resolved (an unknown venue is a configuration error)
 * @param baseUrls per upstream, without a trailing slash: {@code sources.papers.<api>.base-url}, except that a non-empty
 *     {@code sources.papers.base-url} serves CVF, NeurIPS and PMLR
 * @param arxivCategories {@code sources.papers.arxiv.categories}
 * @param arxivPageSize entries per arXiv request (the API allows up to 2,000; 100 is its documented polite size)
 * @param arxivMaxResults {@code sources.papers.arxiv.max-results}: newest entries per category per crawl; 0 = all the API
 *     will page through
 * @param openReviewPageSize notes per OpenReview request (the API's maximum is 1,000)
 * @param cvfAbstracts fetch each CVF paper's page for its abstract (one more request per paper)
 * @param pdfMaxBytes {@code sources.papers.pdf.max-bytes}; 0 = no full text
 * @param arxivMinInterval {@code sources.papers.arxiv.min-interval-ms}: arXiv's API terms ask for no more than one request
 *     every 3 seconds; the fetcher spaces requests to arXiv's host so, when that is slower than its configured rate
 * @param code {@code sources.papers.code.*}: papers with a GitHub code link judged by their repository's files
 */
public record PapersOptions(List<VenueTable.Venue> venues, Map<Upstream, String> baseUrls, List<String> arxivCategories,
    int arxivPageSize, int arxivMaxResults, int openReviewPageSize, boolean cvfAbstracts, long pdfMaxBytes,
    Duration arxivMinInterval, PaperCodeOptions code) {
  public static final int DEFAULT_ARXIV_PAGE_SIZE = 100;
  public static final int DEFAULT_OPENREVIEW_PAGE_SIZE = 1_000;

  public PapersOptions {
    code = code == null ? PaperCodeOptions.disabled() : code;
    venues = List.copyOf(venues);
    Map<Upstream, String> urls = new EnumMap<>(Upstream.class);
    baseUrls.forEach((u, url) -> urls.put(u, trimSlash(Objects.requireNonNull(url, u.configKey()))));
    baseUrls = Map.copyOf(urls);
    arxivCategories = List.copyOf(arxivCategories);
    if (arxivPageSize < 1 || arxivPageSize > 2000) {
      throw new IllegalArgumentException("arXiv page size must be between 1 and 2000, got " + arxivPageSize);
    }
    if (arxivMaxResults < 0) {
      throw new IllegalArgumentException("sources.papers.arxiv.max-results: must not be negative, got " + arxivMaxResults);
    }
    if (openReviewPageSize < 1 || openReviewPageSize > 1000) {
      throw new IllegalArgumentException("OpenReview page size must be between 1 and 1000, got " + openReviewPageSize);
    }
    if (pdfMaxBytes < 0) {
      throw new IllegalArgumentException("sources.papers.pdf.max-bytes must not be negative, got " + pdfMaxBytes);
    }
    if (arxivMinInterval.isNegative()) {
      throw new IllegalArgumentException("sources.papers.arxiv.min-interval-ms: must not be negative, got "
          + arxivMinInterval.toMillis());
    }
    for (VenueTable.Venue v : venues) {
      requireUrl(baseUrls, v.upstream());
    }
    if (!arxivCategories.isEmpty()) {
      requireUrl(baseUrls, Upstream.ARXIV);
    }
  }

  /** Options without code judging. */
  public PapersOptions(List<VenueTable.Venue> venues, Map<Upstream, String> baseUrls, List<String> arxivCategories,
      int arxivPageSize, int arxivMaxResults, int openReviewPageSize, boolean cvfAbstracts, long pdfMaxBytes,
      Duration arxivMinInterval) {
    this(venues, baseUrls, arxivCategories, arxivPageSize, arxivMaxResults, openReviewPageSize, cvfAbstracts, pdfMaxBytes,
        arxivMinInterval, PaperCodeOptions.disabled());
  }

  /** The same options with papers' code judged as {@code code} says. */
  public PapersOptions withCode(PaperCodeOptions code) {
    return new PapersOptions(venues, baseUrls, arxivCategories, arxivPageSize, arxivMaxResults, openReviewPageSize,
        cvfAbstracts, pdfMaxBytes, arxivMinInterval, code);
  }

  /** Options without a rate of arXiv's own: the fetcher's configured rate applies to it too. */
  public PapersOptions(List<VenueTable.Venue> venues, Map<Upstream, String> baseUrls, List<String> arxivCategories,
      int arxivPageSize, int arxivMaxResults, int openReviewPageSize, boolean cvfAbstracts, long pdfMaxBytes) {
    this(venues, baseUrls, arxivCategories, arxivPageSize, arxivMaxResults, openReviewPageSize, cvfAbstracts, pdfMaxBytes,
        Duration.ZERO);
  }

  private static void requireUrl(Map<Upstream, String> urls, Upstream u) {
    String url = urls.get(u);
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("sources.papers." + u.configKey() + ".base-url must not be empty");
    }
  }

  private static String trimSlash(String url) {
    String u = url.trim();
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    return u;
  }

  /**
   * Reads {@code sources.papers.*}: {@code keys} holds the keys under {@code sources.papers}.
   *
   * @throws IllegalArgumentException for an unknown venue, a missing base URL or a negative interval
   */
  public static PapersOptions from(Config keys) {
    List<VenueTable.Venue> venues = new ArrayList<>();
    for (String v : keys.getStringList("venues")) {
      venues.add(VenueTable.resolve(v));
    }
    String shared = keys.getString("base-url");
    Map<Upstream, String> urls = new EnumMap<>(Upstream.class);
    for (Upstream u : Upstream.values()) {
      String own = keys.getString(u.configKey() + ".base-url");
      urls.put(u, u.sharedHost() && shared != null && !shared.isBlank() ? shared : own);
    }
    return new PapersOptions(venues, urls, keys.getStringList("arxiv.categories"), DEFAULT_ARXIV_PAGE_SIZE,
        keys.getInt("arxiv.max-results"), DEFAULT_OPENREVIEW_PAGE_SIZE, true, keys.getLong("pdf.max-bytes"),
        Duration.ofMillis(keys.getLong("arxiv.min-interval-ms")), PaperCodeOptions.from(keys));
  }

  /** The shared fetch options with arXiv's own rate for its host, when arXiv is crawled from anywhere. */
  public FetchOptions fetchOptions(FetchOptions shared) {
    String arxiv = baseUrl(Upstream.ARXIV);
    return arxiv == null || arxiv.isBlank() ? shared : shared.withMinInterval(URI.create(arxiv), arxivMinInterval);
  }

  public String baseUrl(Upstream u) {
    return baseUrls.get(u);
  }
}
