package dev.framewatch.demosite.github;

import dev.framewatch.demosite.scale.LazyList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One generated GitHub repository and its stargazers.
 *
 * @param starredAt every star's time, oldest first (the order GitHub lists stargazers in)
 * @param truncatedPage a stargazers page served cut short (0 = none): the crawler drops that repository's star history
 */
public record DemoRepo(
    long id,
    String fullName,
    String description,
    String language,
    List<String> topics,
    Instant createdAt,
    long forks,
    List<Instant> starredAt,
    int truncatedPage) {

  public DemoRepo {
    topics = List.copyOf(topics);
    // A scaled site's star history is made star by star on request; copying it would hold every star.
    starredAt = LazyList.isLazy(starredAt) ? starredAt : List.copyOf(starredAt);
  }

  public int stars() {
    return starredAt.size();
  }

  /** Stargazer pages of {@code perPage}. */
  public int pages(int perPage) {
    return Math.max(1, (stars() + perPage - 1) / perPage);
  }

  /** Days with new stars: the number of star snapshots an exact crawl makes. */
  public long starDays() {
    return starredAt.stream().map(t -> LocalDate.ofInstant(t, ZoneOffset.UTC)).distinct().count();
  }
}
