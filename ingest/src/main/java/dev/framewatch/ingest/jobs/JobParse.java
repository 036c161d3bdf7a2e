package dev.framewatch.ingest.jobs;

import dev.framewatch.core.record.Job;
import java.util.List;

/**
 * What a parser made of one response: the jobs, the items it had to reject (each one becomes a dead letter), and how many items
 * it skipped on purpose (deleted comments, other schema.org types).
 */
public record JobParse(List<Job> jobs, List<Rejected> rejected, int skipped) {
  /** One unusable item: why, and the item's raw text. */
  public record Rejected(String reason, String input) {}

  public JobParse {
    jobs = List.copyOf(jobs);
    rejected = List.copyOf(rejected);
  }
}
