package dev.framewatch.ingest.state;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A crawl state in memory: gone when the process ends. Tests use it, and {@link KafkaCrawlStateStore} keeps its read cache
 * in one (filled from the topic, written through after Kafka acknowledged).
 */
public final class MemoryCrawlStateStore implements CrawlStateStore {
  private final Map<String, Validators> validators = new LinkedHashMap<>();
  private final Map<String, String> cursors = new LinkedHashMap<>();
  private final Map<Changes.MarkKey, String> marks = new LinkedHashMap<>();

  @Override
  public synchronized Optional<Validators> validators(URI url) {
    return Optional.ofNullable(validators.get(url.toString()));
  }

  @Override
  public synchronized Optional<String> cursor(String name) {
    return Optional.ofNullable(cursors.get(name));
  }

  @Override
  public synchronized Optional<String> mark(String kind, String key) {
    return Optional.ofNullable(marks.get(new Changes.MarkKey(kind, key)));
  }

  @Override
  public synchronized long marks(String kind) {
    return marks.keySet().stream().filter(k -> k.kind().equals(kind)).count();
  }

  @Override
  public synchronized void write(Changes changes) {
    validators.putAll(changes.validators());
    changes.cursors().forEach((name, value) -> {
      if (value.isPresent()) {
        cursors.put(name, value.get());
      } else {
        cursors.remove(name);
      }
    });
    marks.putAll(changes.marks());
  }

  /** Everything kept, as one {@link Changes}. */
  synchronized Changes snapshot() {
    Changes all = new Changes();
    all.validators().putAll(validators);
    cursors.forEach((name, value) -> all.cursors().put(name, Optional.of(value)));
    all.marks().putAll(marks);
    return all;
  }

  @Override
  public void close() {}
}
