package dev.framewatch.index.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.framewatch.core.method.MethodSet;
import dev.framewatch.core.record.Adoption;
import dev.framewatch.core.record.AdoptionCodec;
import dev.framewatch.core.record.Topics;
import dev.framewatch.index.IndexInfo;
import dev.framewatch.index.adoption.AdoptionIndex;
import dev.framewatch.index.testing.Records;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Measurements from the adoption topic land in the adoption index, apart from the evidence, with their offsets committed. */
class AdoptionIndexingTest {
  private static final Topics TOPICS = new Topics("fw.");
  private static final Instant AT = Instant.parse("2026-03-01T05:00:00Z");

  @TempDir Path dir;

  private static Adoption a(String framework, String month, long value, boolean incomplete) {
    return Adoption.of("github", AT, "new-repos", framework, YearMonth.parse(month), value, incomplete,
        "topic:" + framework + " created:" + month);
  }

  private static ConsumerRecord<String, byte[]> rec(long offset, String key, String json) {
    return new ConsumerRecord<>("fw.adoption", 0, offset, key, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
  }

  private Indexer open() {
    return Indexer.builder(dir, TOPICS, MethodSet.of(Records.DETECTOR), new CommitPolicy(1000, 60_000)).ramBufferMb(16)
        .consumers(() -> {
          throw new AssertionError("no Kafka here");
        }).open();
  }

  @Test
  void measurementsAreIndexedApartByIdAndReplaceTheirEarlierValue() {
    Adoption jan = a("pytorch", "2026-01", 1234, false);
    Adoption febFirst = a("pytorch", "2026-02", 900, true);
    Adoption febAgain = a("pytorch", "2026-02", 1302, false);
    Adoption jax = a("jax", "2026-01", 210, false);
    try (Indexer indexer = open()) {
      indexer.apply(List.of(
          rec(0, jan.id(), AdoptionCodec.encode(jan)),
          rec(1, febFirst.id(), AdoptionCodec.encode(febFirst)),
          rec(2, "junk", "{\"id\":\"adoption:x\",\"kind\":\"adoption\"}"), // unusable: skipped with a warning
          rec(3, jax.id(), AdoptionCodec.encode(jax)),
          rec(4, febAgain.id(), AdoptionCodec.encode(febAgain))));
      assertEquals(new IndexRun(5, 4, 0, 1, 0, java.time.Duration.ZERO), indexer.totals(java.time.Duration.ZERO));
    }

    assertEquals(List.of(jax, jan, febAgain), AdoptionIndex.read(dir));
    IndexInfo info = IndexInfo.read(dir);
    assertEquals(0, info.documents(), "measurements are not evidence documents");
    assertEquals(Map.of("fw.adoption", Map.of(0, 5L)), info.offsets());

    try (Indexer indexer = open()) {
      indexer.apply(List.of(rec(5, jax.id(), null))); // a tombstone withdraws it
    }
    assertEquals(List.of(jan, febAgain), AdoptionIndex.read(dir));
  }

  @Test
  void anIndexWithoutMeasurementsReadsEmpty() {
    assertEquals(List.of(), AdoptionIndex.read(dir));
  }
}
