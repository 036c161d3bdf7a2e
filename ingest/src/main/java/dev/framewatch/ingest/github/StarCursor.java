package dev.framewatch.ingest.github;

import dev.framewatch.core.record.Stars;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Where an exact star count of one repository stands, page by page, so that a later crawl starts at the first stargazers
 * page it has not counted in full instead of at page 1. GitHub lists stargazers oldest first, so full pages never change
 * (unstarring aside): only the last, partial page and the pages after it hold new stars.
 *
 * <p>Snapshots are made as days close (a star of a later day arrives), and the last day when the listing ends; a snapshot
 * already published with the same count ({@code publishedDay}, {@code publishedStars}) is not published again, so re-reading
 * the partial page publishes only the days it added to.
 *
 * @param nextPage the first page to read next time
 * @param counted stars on the pages before {@code nextPage}
 * @param openDay the day of the last star counted (its snapshot may still grow); null when none
 * @param openDayStars stars counted on {@code openDay}
 * @param publishedDay the day of the newest snapshot published; null when none
 * @param publishedStars its cumulative count
 */
public record StarCursor(int nextPage, long counted, LocalDate openDay, long openDayStars, LocalDate publishedDay,
    long publishedStars) {
  public static final StarCursor START = new StarCursor(1, 0, null, 0, null, 0);

  public StarCursor atPage(int page) {
    return new StarCursor(page, counted, openDay, openDayStars, publishedDay, publishedStars);
  }

  /** This count with {@code later}'s publication marks: what to resume from when a page must be read again. */
  public StarCursor withPublished(StarCursor later) {
    return new StarCursor(nextPage, counted, openDay, openDayStars, later.publishedDay, later.publishedStars);
  }

  /** Counts one page's {@code starred_at} (ascending), adding to {@code out} the snapshots of the days it closes. */
  public StarCursor advance(List<Instant> starredAt, String repo, Instant fetchedAt, List<Stars> out) {
    StarCursor c = this;
    for (Instant at : starredAt) {
      LocalDate d = StarHistory.day(at);
      if (c.openDay != null && d.isAfter(c.openDay)) {
        c = c.publish(repo, fetchedAt, out);
        c = new StarCursor(c.nextPage, c.counted, d, 0, c.publishedDay, c.publishedStars);
      } else if (c.openDay == null) {
        c = new StarCursor(c.nextPage, c.counted, d, 0, c.publishedDay, c.publishedStars);
      }
      // A star out of order (earlier than the open day) is counted into the open day: cumulative counts stay exact.
      c = new StarCursor(c.nextPage, c.counted + 1, c.openDay, c.openDayStars + 1, c.publishedDay, c.publishedStars);
    }
    return c;
  }

  /** The listing ended: the open day's snapshot, as of now. */
  public StarCursor finish(String repo, Instant fetchedAt, List<Stars> out) {
    return openDay == null ? this : publish(repo, fetchedAt, out);
  }

  private StarCursor publish(String repo, Instant fetchedAt, List<Stars> out) {
    boolean published = publishedDay != null
        && (openDay.isBefore(publishedDay) || (openDay.equals(publishedDay) && counted == publishedStars));
    if (published) {
      return this;
    }
    out.add(new Stars(Stars.id(repo, openDay), GitHubMapper.SOURCE, fetchedAt, repo, openDay, counted, openDayStars,
        Map.of()));
    return new StarCursor(nextPage, counted, openDay, openDayStars, openDay, counted);
  }

  public String format() {
    return nextPage + "|" + counted + "|" + (openDay == null ? "" : openDay) + "|" + openDayStars + "|"
        + (publishedDay == null ? "" : publishedDay) + "|" + publishedStars;
  }

  public static StarCursor parse(String s) {
    String[] f = s.split("\\|", -1);
    if (f.length != 6) {
      throw new IllegalArgumentException("not a star cursor: \"" + s + "\"");
    }
    return new StarCursor(Integer.parseInt(f[0]), Long.parseLong(f[1]), f[2].isEmpty() ? null : LocalDate.parse(f[2]),
        Long.parseLong(f[3]), f[4].isEmpty() ? null : LocalDate.parse(f[4]), Long.parseLong(f[5]));
  }
}
