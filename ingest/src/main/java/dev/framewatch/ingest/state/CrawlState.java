package dev.framewatch.ingest.state;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a source's crawls remember between runs, so a re-crawl only fetches and publishes what is new: validators per URL
 * ({@link Validators}), named cursors (a listing's resume URL, the newest model seen, the next stargazers page) and marks
 * (keys of things already published, e.g. a paper id with the checksum of its listing entry, a job posting's fingerprint).
 *
 * <p>Kept by a {@link CrawlStateStore}: {@link #open} one H2 file per source, {@code <data.dir>/crawl-state/<source>.mv.db};
 * {@link #inKafka} the compacted {@code crawl-state} topic that every worker shares, with that file as local cache. Crawlers
 * write only through {@link Checkpoint}, which flushes the record sink first, so the state can never claim as seen what did
 * not reach Kafka.
 *
 * <p>{@link #none()} remembers nothing: every crawl is a first crawl (tests of a single crawl, dry runs).
 */
public final class CrawlState implements AutoCloseable {
  private final CrawlStateStore store;
  private final String description;

  private CrawlState(CrawlStateStore store, String description) {
    this.store = store;
    this.description = description;
  }

  /** A state that remembers nothing. */
  public static CrawlState none() {
    return new CrawlState(null, "no crawl state");
  }

  /** A state kept by {@code store}, which it owns and closes. */
  public static CrawlState of(CrawlStateStore store) {
    return new CrawlState(Objects.requireNonNull(store, "store"), store.toString());
  }

  /**
   * Opens (creating when needed) the state of {@code source} in an H2 file under {@code dir}: one machine's state.
   *
   * @throws IllegalStateException when another process holds it, or it cannot be opened; the message names the file
   */
  public static CrawlState open(Path dir, String source) {
    return of(H2CrawlStateStore.open(dir, source));
  }


  public boolean enabled() {
    return store != null;
  }

  public Optional<Validators> validators(URI url) {
    return store == null ? Optional.empty() : store.validators(url);
  }

  public Optional<String> cursor(String name) {
    return store == null ? Optional.empty() : store.cursor(name);
  }

  public Optional<String> mark(String kind, String key) {
    return store == null ? Optional.empty() : store.mark(kind, key);
  }

  /** How many marks of one kind are kept; for logs and tests. */
  public long marks(String kind) {
    return store == null ? 0 : store.marks(kind);
  }

  /** Keeps all of {@code changes} at once; durable when it returns. */
  public void write(Changes changes) {
    // Empty changes still reach the store: in Kafka, a checkpoint commits the page's records even when no entry changed.
    if (store != null) {
      store.write(changes);
    }
  }

  @Override
  public void close() {
    if (store != null) {
      store.close();
    }
  }

  @Override
  public String toString() {
    return description;
  }
}
