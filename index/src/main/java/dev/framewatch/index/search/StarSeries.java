package dev.framewatch.index.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One repository's star timeline, as the index's daily snapshots give it ({@link StarSeriesSearch}).
 *
 * @param repo owner/name
 * @param points by date, oldest first
 */
public record StarSeries(String repo, List<Point> points) {
  public StarSeries {
    points = List.copyOf(points);
  }

  /** @param day days since the repository's first snapshot (the aligned x axis) */
  public record Point(LocalDate date, long day, long stars, long newStars) {}
}
