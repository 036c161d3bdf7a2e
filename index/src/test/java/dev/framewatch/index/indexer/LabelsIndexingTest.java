package dev.framewatch.index.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.framewatch.core.method.MethodSet;
import dev.framewatch.core.record.Topics;
import dev.framewatch.index.IndexInfo;
import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.count.ShareCounter;
import dev.framewatch.index.count.ShareRow;
import dev.framewatch.index.testing.Records;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Classifier labels arrive on their own topic and are applied to the documents they name, surviving record updates. */
class LabelsIndexingTest {
  private static final Topics TOPICS = new Topics("fw.");
  private static final java.util.function.Supplier<Consumer<String, byte[]>> NO_KAFKA = () -> {
    throw new AssertionError("applies records directly");
  };

  @TempDir Path dir;

  private static ConsumerRecord<String, byte[]> rec(String topic, long offset, String key, String json) {
    return new ConsumerRecord<>(topic, 0, offset, key, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
  }

  private static String label(String id, String domain, double confidence) {
    return "{\"id\":\"" + id + "\",\"labels\":{\"domain\":{\"value\":\"" + domain + "\",\"confidence\":" + confidence
        + ",\"model\":\"domain-bow\",\"version\":\"1\"}}}";
  }

  private Indexer open() {
    return Indexer.builder(dir, TOPICS, MethodSet.of(Records.DETECTOR), new CommitPolicy(1000, 60_000)).ramBufferMb(16)
        .consumers(NO_KAFKA).open();
  }

  private Map<String, Long> documentsByDomain() throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      var counts = new ShareCounter().count(reader, null, List.of(Dimension.DOMAIN));
      return counts.rows().stream().collect(java.util.stream.Collectors.toMap(r -> r.group().get("domain"),
          ShareRow::documents, (a, b) -> a, java.util.TreeMap::new));
    }
  }

  private long count(String where) throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      return new ShareCounter().count(reader, where, List.of(Dimension.YEAR)).matchingDocuments();
    }
  }

  @Test
  void labelsFillDomainWhereRulesGiveNoneAndSurviveUpdates() throws Exception {
    try (Indexer indexer = open()) {
      indexer.apply(List.of(
          rec("fw.papers", 0, "p1", Records.paperJson("p1", "ICLR", 2019, "PyTorch")),
          rec("fw.papers", 1, "p2", Records.paperJson("p2", "CVPR", 2019, "TensorFlow")),
          rec("fw.papers", 2, "p3", Records.paperJson("p3", "ICLR", 2019, "JAX"))));
      indexer.apply(List.of(
          rec("fw.labels", 0, "p1", label("p1", "vision", 0.9)),
          rec("fw.labels", 1, "p2", label("p2", "language", 0.6)), // CVPR's own domain wins over the classifier
          rec("fw.labels", 2, "p9", label("p9", "vision", 0.9)), // no such document: skipped
          rec("fw.labels", 3, "p3", "{\"id\":\"p3\",\"labels\":{\"domain\":{\"value\":\"x\",\"confidence\":7}}}")));
      // A new version of p1 arrives after its label: the label stays.
      indexer.apply(List.of(rec("fw.papers", 3, "p1", Records.paperJson("p1", "ICLR", 2019, "PyTorch and JAX"))));
      assertEquals(new IndexRun(8, 6, 0, 2, 0, java.time.Duration.ZERO), indexer.totals(java.time.Duration.ZERO));
    }
    assertEquals(Map.of("", 1L, "vision", 2L), documentsByDomain());
    assertEquals(1, count("label_domain:vision"));
    assertEquals(1, count("label_domain:language"));
    assertEquals(1, count("domain_source:classifier"));
    assertEquals(1, count("domain_source:venue"));
    assertEquals(Map.of("fw.papers", Map.of(0, 4L), "fw.labels", Map.of(0, 4L)), IndexInfo.read(dir).offsets());

    // After a restart (no lookup reader, labels found in the index): a record update still keeps them; a tombstone on the
    // labels topic removes them.
    try (Indexer indexer = open()) {
      indexer.apply(List.of(rec("fw.papers", 4, "p1", Records.paperJson("p1", "ICLR", 2019, "PyTorch only"))));
      indexer.apply(List.of(rec("fw.labels", 4, "p2", null)));
    }
    assertEquals(1, count("label_domain:vision"));
    assertEquals(0, count("label_domain:language"));
    assertEquals(Map.of("", 1L, "vision", 2L), documentsByDomain());
  }
}
