package dev.framewatch.ingest.state;

import java.net.URI;
import java.util.Optional;

/**
 * Where one source's crawl state is kept: {@link H2CrawlStateStore} on one machine's disk, {@link MemoryCrawlStateStore} in
 * memory, {@link KafkaCrawlStateStore} in a compacted topic that every crawl worker reads. {@link CrawlState} puts the same API
 * in front of each, so crawlers never know which one they have.
 */
public interface CrawlStateStore extends AutoCloseable {
  Optional<Validators> validators(URI url);

  Optional<String> cursor(String name);

  Optional<String> mark(String kind, String key);

  /** How many marks of one kind are kept; for logs and tests. */
  long marks(String kind);

  /** Keeps all of {@code changes}; when it returns they are durable (on disk, or acknowledged by Kafka). */
  void write(Changes changes);

  @Override
  void close();
}
