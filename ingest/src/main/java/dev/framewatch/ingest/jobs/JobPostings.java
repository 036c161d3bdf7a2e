package dev.framewatch.ingest.jobs;

import dev.framewatch.core.record.Job;
import dev.framewatch.ingest.crawl.CrawlRun;
import dev.framewatch.ingest.crawl.PageScope;
import dev.framewatch.ingest.http.FetchResult;
import dev.framewatch.ingest.kafka.RecordSink;
import dev.framewatch.ingest.state.Checkpoint;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes one jobs crawl's postings, each at most once: a posting already published (same fingerprint: company and
 * normalized description, see {@link JobDeduplicator}) is not published again, wherever it came from; the first one seen wins.
 * Confined to the crawling thread.
 */
final class JobPostings {
  private static final Logger LOG = LoggerFactory.getLogger(JobPostings.class);
  /** Marks of postings published: job id to its fingerprint. */
  static final String KNOWN = "job";
  /** Marks of fingerprints published: fingerprint to the job id it was published under. */
  static final String FINGERPRINTS = "job-fingerprint";

  private final CrawlRun run;
  private final RecordSink sink;
  private final JobDeduplicator dedup = new JobDeduplicator();

  JobPostings(CrawlRun run, RecordSink sink) {
    this.run = run;
    this.sink = sink;
  }

  void publish(PageScope scope, URI url, FetchResult page, JobParse parse) {
    publish(scope, url, page, parse, null);
  }

  /**
   * Publishes a page's postings except those already published: by this run under any id (same fingerprint), or by an
   * earlier run under the same id and fingerprint ({@link #KNOWN}: known) or under another id ({@link #FINGERPRINTS}:
   * duplicate). Then keeps the page's validators and commits, so the marks and validators never run ahead of Kafka.
   *
   * @param meta what to keep with the page's validators
   */
  void publish(PageScope scope, URI url, FetchResult page, JobParse parse, String meta) {
    Checkpoint checkpoint = run.checkpoint();
    int sent = 0;
    for (Job job : parse.jobs()) {
      String fingerprint = JobDeduplicator.fingerprint(job);
      if (checkpoint.mark(KNOWN, job.id()).filter(fingerprint::equals).isPresent()) {
        dedup.firstSeen(fingerprint);
        run.known(1);
      } else if (!dedup.firstSeen(fingerprint)) {
        run.duplicate();
        LOG.debug("{} repeats a posting already published in this run", job.id());
      } else if (checkpoint.mark(FINGERPRINTS, fingerprint).filter(id -> !id.equals(job.id())).isPresent()) {
        run.duplicate();
        LOG.debug("{} repeats a posting an earlier crawl published under another id", job.id());
      } else {
        sink.publish(job);
        checkpoint.mark(KNOWN, job.id(), fingerprint);
        checkpoint.mark(FINGERPRINTS, fingerprint, job.id());
        sent++;
      }
    }
    for (JobParse.Rejected r : parse.rejected()) {
      run.rejectItem(scope, url, page.status(), r.reason(), r.input());
    }
    run.published(sent);
    run.skipped(parse.skipped());
    run.report(scope, url, page, sent, parse.rejected().size());
    checkpoint.validators(url, page, meta);
    checkpoint.commit();
  }
}
