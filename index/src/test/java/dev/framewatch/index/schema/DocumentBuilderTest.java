package dev.framewatch.index.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.testing.Records;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

class DocumentBuilderTest {
  private final DocumentBuilder builder = new DocumentBuilder(Records.DETECTOR, Vocabulary.standard());

  @Test
  void paperNormalizesVenueAndTakesItsDomain() {
    EvidenceRecord paper = RecordCodec.decode("{\"id\":\"paper:nips:2019:1\",\"kind\":\"paper\",\"source\":\"NeurIPS-Proc\","
        + "\"title\":\"Deep things\",\"venue\":\"NIPS\",\"year\":2019,\"abstract\":\"We use PyTorch and JAX.\","
        + "\"text\":\"Full text mentions TensorFlow.\"}");
    Map<String, List<String>> kw = builder.keywordValues(paper);
    assertEquals(Map.of("kind", List.of("paper"), "source", List.of("neurips-proc"), "venue", List.of("neurips"),
        "year", List.of("2019"), "framework", List.of("pytorch", "tensorflow", "jax"),
        "combination", List.of("pytorch+tensorflow+jax")), kw);

    EvidenceRecord cvpr = Records.paper("p2", "CVPR 2019", 2019, "nothing");
    assertEquals(List.of("cvpr"), builder.keywordValues(cvpr).get("venue"));
    assertEquals(List.of("vision"), builder.keywordValues(cvpr).get("domain"));
    assertNull(builder.keywordValues(cvpr).get("framework"));

    Document doc = builder.build(paper);
    assertEquals("paper:nips:2019:1", doc.get("id"));
    assertKeyword(doc, "venue", "neurips");
    assertKeyword(doc, "framework", "pytorch", "tensorflow", "jax");
    assertEquals(0, doc.getFields("domain").length, "NeurIPS is a general venue: no domain");
    assertEquals(0, doc.getFields("week").length, "papers have a year, not a date");
    assertEquals("We use PyTorch and JAX.\nFull text mentions TensorFlow.\n", doc.getField("text").stringValue());
    assertEquals("Deep things", doc.getField("title").stringValue());
    assertEquals(paper, RecordCodec.decode(doc.get("_source")));
    assertEquals(0, doc.getFields("stars").length);
  }

  @Test
  void freeFormKeywordValuesAreCut() {
    String longVenue = "Workshop " + "on very long names ".repeat(3000);
    EvidenceRecord paper = Records.paper("p-long", longVenue, 2020, "x");
    String venue = builder.keywordValues(paper).get("venue").get(0);
    assertEquals(DocumentBuilder.MAX_KEYWORD_LENGTH, venue.length());
    assertTrue(venue.startsWith("workshop on very long names"));
  }

  @Test
  void jobDatesGiveQuarterMonthAndIsoWeek() {
    EvidenceRecord job = Records.job("job:gh:1", "2021-01-03", "Experience with Keras");
    Map<String, List<String>> kw = builder.keywordValues(job);
    assertEquals(List.of("2021"), kw.get("year"));
    assertEquals(List.of("2021-Q1"), kw.get("quarter"));
    assertEquals(List.of("2021-01"), kw.get("month"));
    assertEquals(List.of("2020-W53"), kw.get("week"), "2021-01-03 is a Sunday of ISO week 53 of 2020");
    assertEquals(List.of("keras"), kw.get("framework"));
    assertNull(kw.get("domain"));
    assertNull(kw.get("venue"));
    assertKeyword(builder.build(job), "week", "2020-W53");
  }

  @Test
  void weeksUseTheWeekBasedYear() {
    assertEquals("2019-W05", DocumentBuilder.week(LocalDate.of(2019, 1, 28)));
    assertEquals("2020-W01", DocumentBuilder.week(LocalDate.of(2019, 12, 30)));
    assertEquals("2019-Q4", DocumentBuilder.quarter(LocalDate.of(2019, 12, 30)));
    assertEquals("2019-12", DocumentBuilder.month(LocalDate.of(2019, 12, 30)));
  }

  @Test
  void repoHasMetricsAndTopicsDescriptionAsText() {
    EvidenceRecord repo = RecordCodec.decode("{\"id\":\"gh:pytorch/vision\",\"kind\":\"repo\",\"source\":\"github\","
        + "\"full_name\":\"pytorch/vision\",\"stars\":15000,\"forks\":6900,\"language\":\"Python\","
        + "\"topics\":[\"computer-vision\",\"pytorch\"],\"created\":\"2016-11-09\",\"description\":\"Datasets and models\"}");
    Document doc = builder.build(repo);
    assertKeyword(doc, "kind", "repo");
    assertKeyword(doc, "year", "2016");
    assertKeyword(doc, "quarter", "2016-Q4");
    assertKeyword(doc, "framework", "pytorch");
    assertEquals("computer-vision\npytorch\nDatasets and models\n", doc.getField("text").stringValue());
    assertEquals("pytorch/vision", doc.getField("title").stringValue());
    assertMetric(doc, "stars", 15000);
    assertMetric(doc, "forks", 6900);
    assertEquals(0, doc.getFields("downloads").length);
    assertEquals(0, doc.getFields("domain").length);
  }

  @Test
  void modelTakesDomainFromPipelineAndFrameworksFromTags() {
    EvidenceRecord model = RecordCodec.decode("{\"id\":\"hf:google-bert/bert-base-uncased\",\"kind\":\"model\","
        + "\"source\":\"huggingface\",\"model_id\":\"google-bert/bert-base-uncased\",\"library_name\":\"transformers\","
        + "\"tags\":[\"transformers\",\"pytorch\",\"tf\",\"jax\"],\"pipeline_tag\":\"fill-mask\",\"created\":\"2022-03-02\","
        + "\"downloads\":1000,\"likes\":7}");
    Document doc = builder.build(model);
    assertKeyword(doc, "domain", "language");
    assertKeyword(doc, "framework", "pytorch", "tensorflow", "jax");
    assertKeyword(doc, "month", "2022-03");
    assertKeyword(doc, "library", "transformers");
    assertKeyword(doc, "task", "fill-mask");
    assertEquals("transformers\npytorch\ntf\njax\nfill-mask\n", doc.getField("text").stringValue());
    assertMetric(doc, "downloads", 1000);
    assertMetric(doc, "likes", 7);
  }

  @Test
  void starsSnapshotHasStarCounts() {
    EvidenceRecord stars = RecordCodec.decode("{\"id\":\"stars:jax-ml/jax:2024-02-05\",\"kind\":\"stars\",\"source\":\"github\","
        + "\"repo\":\"jax-ml/jax\",\"date\":\"2024-02-05\",\"stars\":30000,\"new_stars\":42}");
    Document doc = builder.build(stars);
    assertKeyword(doc, "week", "2024-W06");
    assertKeyword(doc, "framework", "jax");
    assertEquals(0, doc.getFields("library").length, "only models have a library");
    assertMetric(doc, "stars", 30000);
    assertMetric(doc, "new_stars", 42);
    assertEquals(0, doc.getFields("text").length);
  }

  /** The field is both an exact-match term and sorted-set doc values, with exactly these values. */
  private static void assertKeyword(Document doc, String field, String... values) {
    IndexableField[] fields = doc.getFields(field);
    List<String> terms = Arrays.stream(fields).filter(f -> f.fieldType().indexOptions() != IndexOptions.NONE)
        .map(IndexableField::stringValue).toList();
    List<String> docValues = Arrays.stream(fields).filter(f -> f.fieldType().docValuesType() == DocValuesType.SORTED_SET)
        .map(f -> f.binaryValue().utf8ToString()).toList();
    assertEquals(List.of(values), terms, field + " terms");
    assertEquals(List.of(values), docValues, field + " doc values");
  }

  private static void assertMetric(Document doc, String field, long value) {
    IndexableField[] fields = doc.getFields(field);
    assertEquals(2, fields.length, field + ": a point and doc values");
    for (IndexableField f : fields) {
      assertEquals(value, f.numericValue().longValue(), field);
    }
  }
}
