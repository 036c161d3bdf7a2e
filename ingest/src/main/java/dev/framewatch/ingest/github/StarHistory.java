package dev.framewatch.ingest.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.framewatch.core.record.Stars;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Star history as dated {@link Stars} snapshots (id {@code stars:<owner>/<repo>:<yyyy-MM-dd>}, days in UTC), so that a re-crawl
 * overwrites a day instead of adding to it.
 *
 * <p>Exact: from every {@code starred_at}, one snapshot per day that had new stars, with the cumulative count at the end of
 * that day and that day's new stars.
 *
 * <p>Sampled, for repositories with more stargazers than GitHub lists (400 pages of 100), the way star-history.com does it:
 * on each sampled page {@code p} the stars up to the end of the day of the page's first {@code starred_at} are estimated as
 * {@code (p - 1) * perPage} plus the page's stars of that day; these snapshots carry {@code estimated: true}. A last snapshot,
 * dated the crawl day, carries the repository's current {@code stargazers_count} ({@code estimated: false}). Their
 * {@code new_stars} is the increase since the previous snapshot, and when that spans more than one day {@code new_stars_since}
 * names its first day. Cumulative counts never decrease (an estimate above a later one is carried forward).
 */
public final class StarHistory {
  /** The items of one fetched stargazers page. */
  public record SampledPage(int page, List<Instant> starredAt) {
    public SampledPage {
      starredAt = List.copyOf(starredAt);
    }
  }

  private StarHistory() {}

  public static List<Stars> exact(String repo, List<Instant> starredAt, Instant fetchedAt) {
    TreeMap<LocalDate, Long> perDay = new TreeMap<>();
    for (Instant at : starredAt) {
      perDay.merge(day(at), 1L, Long::sum);
    }
    List<Stars> out = new ArrayList<>(perDay.size());
    long cumulative = 0;
    for (Map.Entry<LocalDate, Long> e : perDay.entrySet()) {
      cumulative += e.getValue();
      out.add(new Stars(Stars.id(repo, e.getKey()), GitHubMapper.SOURCE, fetchedAt, repo, e.getKey(), cumulative, e.getValue(),
          Map.of()));
    }
    return out;
  }

  /**
   * @param pages the sampled pages that could be fetched, in any order
   * @param currentStars the repository's {@code stargazers_count} at {@code fetchedAt}
   */
  public static List<Stars> sampled(String repo, List<SampledPage> pages, int perPage, long currentStars, Instant fetchedAt) {
    TreeMap<LocalDate, long[]> points = new TreeMap<>(); // {stars, estimated ? 1 : 0}
    for (SampledPage page : pages) {
      if (page.starredAt().isEmpty()) {
        continue;
      }
      LocalDate first = day(page.starredAt().get(0));
      long sameDay = page.starredAt().stream().filter(at -> day(at).equals(first)).count();
      long estimate = (long) (page.page() - 1) * perPage + sameDay;
      points.merge(first, new long[] {estimate, 1}, (a, b) -> a[0] >= b[0] ? a : b);
    }
    LocalDate today = day(fetchedAt);
    points.tailMap(today, false).clear(); // a clock behind the data: the current count is the last word
    points.put(today, new long[] {currentStars, 0});
    List<Stars> out = new ArrayList<>(points.size());
    long previous = 0;
    LocalDate previousDay = null;
    for (Map.Entry<LocalDate, long[]> e : points.entrySet()) {
      long stars = Math.max(previous, e.getValue()[0]);
      Map<String, JsonNode> extra = new LinkedHashMap<>();
      extra.put("estimated", BooleanNode.valueOf(e.getValue()[1] == 1));
      if (previousDay != null && previousDay.plusDays(1).isBefore(e.getKey())) {
        extra.put("new_stars_since", TextNode.valueOf(previousDay.plusDays(1).toString()));
      }
      out.add(new Stars(Stars.id(repo, e.getKey()), GitHubMapper.SOURCE, fetchedAt, repo, e.getKey(), stars, stars - previous, extra));
      previous = stars;
      previousDay = e.getKey();
    }
    return out;
  }

  /** {@code n} page numbers spread evenly over 1..{@code lastPage}, both ends included, ascending and distinct. */
  public static List<Integer> samplePages(int lastPage, int n) {
    TreeSet<Integer> pages = new TreeSet<>();
    if (lastPage <= 1 || n <= 1) {
      pages.add(1);
      return List.copyOf(pages);
    }
    for (int i = 0; i < n; i++) {
      pages.add(1 + (int) Math.round((double) i * (lastPage - 1) / (n - 1)));
    }
    return List.copyOf(pages);
  }

  static LocalDate day(Instant at) {
    return at.atZone(ZoneOffset.UTC).toLocalDate();
  }
}
