package dev.framewatch.ingest.state;

import dev.framewatch.ingest.http.FetchRequest;
import dev.framewatch.ingest.http.FetchResult;
import dev.framewatch.ingest.kafka.RecordSink;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A crawl's way to its {@link CrawlState}: reads see what the crawl has noted so far, writes are held until {@link #commit()},
 * which first flushes the record sink (every record sent is acknowledged by Kafka, acks=all) and only then writes the
 * validators, cursors and marks that vouch for those records, in one transaction. A crawl killed between the two leaves
 * records in Kafka that the state does not know of: the next crawl publishes them again (same ids, compacted away), never
 * the other way round. Confined to one crawling thread.
 */
public final class Checkpoint {
  private final CrawlState state;
  private final RecordSink sink;
  private final Changes pending = new Changes();
  private int commits;

  public Checkpoint(CrawlState state, RecordSink sink) {
    this.state = Objects.requireNonNull(state, "state");
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  /**
   * The request made conditional with the validators kept for its URL (none kept: unchanged). A 304 to it means the page is
   * as it was when those validators were committed.
   */
  public FetchRequest conditional(FetchRequest request) {
    return validators(request.url()).map(v -> v.applyTo(request)).orElse(request);
  }

  public Optional<Validators> validators(URI url) {
    Validators v = pending.validators().get(url.toString());
    return v != null ? Optional.of(v) : state.validators(url);
  }

  /** Keeps the validators of a 200 page (if it sent any) once what came from it is published. */
  public void validators(URI url, FetchResult page, String meta) {
    Validators.of(page, meta).ifPresent(v -> pending.validators().put(url.toString(), v));
  }

  public Optional<String> cursor(String name) {
    Optional<String> p = pending.cursors().get(name);
    return p != null ? p : state.cursor(name);
  }

  public void cursor(String name, String value) {
    pending.cursors().put(name, Optional.of(Objects.requireNonNull(value, "value")));
  }

  public void clearCursor(String name) {
    pending.cursors().put(name, Optional.empty());
  }

  public Optional<String> mark(String kind, String key) {
    String p = pending.marks().get(new Changes.MarkKey(kind, key));
    return p != null ? Optional.of(p) : state.mark(kind, key);
  }

  public void mark(String kind, String key, String value) {
    pending.marks().put(new Changes.MarkKey(kind, key), Objects.requireNonNull(value, "value"));
  }

  /** Notes held so far; a crawl commits after a page, or every so many records of a long page. */
  public int pendingMarks() {
    return pending.marks().size();
  }

  /** Flushes the sink, then writes what was noted since the last commit. */
  public void commit() {
    sink.flush();
    state.write(pending);
    pending.clear();
    commits++;
  }

  /** Commits so far; for tests. */
  public int commits() {
    return commits;
  }
}
