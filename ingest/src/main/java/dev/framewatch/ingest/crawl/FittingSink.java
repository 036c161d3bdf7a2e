package dev.framewatch.ingest.crawl;

import dev.framewatch.core.record.Adoption;
import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.ingest.kafka.RecordFit;
import dev.framewatch.ingest.kafka.RecordSink;
import dev.framewatch.ingest.kafka.RecordSizeLimit;
import dev.framewatch.ingest.kafka.RecordTooLargeException;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What crawlers publish through: a record over the sink's {@link RecordSizeLimit} has its full text cut to fit
 * ({@link RecordFit}), and one that still does not fit is dead-lettered with the reason and an excerpt, so one huge page never
 * stops a crawl. (An import, by contrast, rejects such a line: its user gave the record and should hear of it.)
 */
public final class FittingSink implements RecordSink {
  private static final Logger LOG = LoggerFactory.getLogger(FittingSink.class);
  /** How much of a record that does not fit its dead letter keeps. */
  public static final int EXCERPT_CHARS = PageFailure.EXCERPT_CHARS;

  private final RecordSink sink;
  private final Clock clock;
  private long oversized;

  public FittingSink(RecordSink sink, Clock clock) {
    this.sink = Objects.requireNonNull(sink, "sink");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void publish(EvidenceRecord record) {
    EvidenceRecord fitted = RecordFit.fit(record, sink.sizeLimit());
    if (fitted != record) {
      LOG.info("{} cut to fit the {}-byte record limit", record.id(), sink.sizeLimit().bytes());
    }
    try {
      sink.publish(fitted);
    } catch (RecordTooLargeException e) {
      LOG.warn("{} not published: {}", record.id(), e.getMessage());
      oversized++;
      String json = RecordCodec.encode(record);
      sink.deadLetter(new DeadLetter(record.id(), e.getMessage(), json.substring(0, Math.min(json.length(), EXCERPT_CHARS)),
          Map.of("kind", record.kind().wireName(), "source", record.source()), clock.instant()));
    }
  }

  /** Records that did not fit even cut, dead-lettered here though their crawler counted them as published. */
  public long oversized() {
    return oversized;
  }

  /** {@code summary} with the records dead-lettered here moved from published to dead letters. */
  public CrawlSummary corrected(CrawlSummary summary) {
    if (oversized == 0) {
      return summary;
    }
    return new CrawlSummary(summary.source(), summary.pagesFetched(), summary.recordsPublished() - oversized,
        summary.failedPages(), summary.deadLettered() + oversized, summary.notModified(), summary.known(),
        summary.duplicates(), summary.skipped());
  }

  /** Measurements are small and pass as they are. */
  @Override
  public void publishAdoption(Adoption measurement) {
    sink.publishAdoption(measurement);
  }

  @Override
  public void deadLetter(DeadLetter letter) {
    sink.deadLetter(letter);
  }

  @Override
  public RecordSizeLimit sizeLimit() {
    return sink.sizeLimit();
  }

  @Override
  public void flush() {
    sink.flush();
  }

  @Override
  public void close() {
    sink.close();
  }
}
