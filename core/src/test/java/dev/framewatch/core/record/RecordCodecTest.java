package dev.framewatch.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordCodecTest {
  @Test
  void modelRoundTripKeepsUnknownFieldsInOrder() {
    String in = "{\"id\":\"hf:google-bert/bert-base-uncased\",\"kind\":\"model\",\"source\":\"huggingface\","
        + "\"fetched_at\":\"2026-11-01T10:00:00Z\",\"model_id\":\"google-bert/bert-base-uncased\","
        + "\"library_name\":\"transformers\",\"tags\":[\"pytorch\",\"tf\",\"jax\"],\"pipeline_tag\":\"fill-mask\","
        + "\"created\":\"2022-03-02T23:29:04.000Z\",\"downloads\":123,\"likes\":4,\"author\":\"google-bert\","
        + "\"card\":{\"license\":\"apache-2.0\"}}";
    Model m = (Model) RecordCodec.decode(in);
    assertEquals(LocalDate.of(2022, 3, 2), m.created());
    assertEquals(List.of("pytorch", "tf", "jax"), m.tags());
    assertEquals(List.of("author", "card"), List.copyOf(m.extra().keySet()));
    assertEquals("{\"id\":\"hf:google-bert/bert-base-uncased\",\"kind\":\"model\",\"source\":\"huggingface\","
        + "\"fetched_at\":\"2026-11-01T10:00:00Z\",\"model_id\":\"google-bert/bert-base-uncased\","
        + "\"library_name\":\"transformers\",\"tags\":[\"pytorch\",\"tf\",\"jax\"],\"pipeline_tag\":\"fill-mask\","
        + "\"created\":\"2022-03-02\",\"downloads\":123,\"likes\":4,\"author\":\"google-bert\","
        + "\"card\":{\"license\":\"apache-2.0\"}}", RecordCodec.encode(m));
    assertEquals(m, RecordCodec.decode(RecordCodec.encode(m)));
  }

  @Test
  void paperWithoutKindTakesTheExpectedKind() {
    Paper p = (Paper) RecordCodec.decode("{\"id\":\"paper:cvpr:2019:1\",\"source\":\"cvf\",\"title\":\"A\",\"venue\":\"CVPR\","
        + "\"year\":2019,\"links\":{\"pdf\":\"https://x/1.pdf\"}}", Kind.PAPER);
    assertEquals(2019, p.year());
    assertEquals("https://x/1.pdf", p.links().get("pdf"));
    assertEquals(java.util.Optional.of(2019), p.evidenceYear());
  }

  @Test
  void eachFailureNamesTheField() {
    assertMessage("field 'id': is required", "{\"kind\":\"job\",\"source\":\"s\",\"title\":\"t\"}", null);
    assertMessage("field 'id': must not be blank", "{\"id\":\" \",\"kind\":\"job\",\"source\":\"s\",\"title\":\"t\"}", null);
    assertMessage("field 'kind': unknown kind 'tweet' (expected one of paper, job, repo, model, stars)",
        "{\"id\":\"x\",\"kind\":\"tweet\",\"source\":\"s\"}", null);
    assertMessage("field 'kind': is 'job' but this input holds records of kind 'paper'",
        "{\"id\":\"x\",\"kind\":\"job\",\"source\":\"s\",\"title\":\"t\"}", Kind.PAPER);
    assertMessage("field 'year': expected an integer, got string \"twenty\"",
        "{\"id\":\"x\",\"kind\":\"paper\",\"source\":\"s\",\"title\":\"t\",\"year\":\"twenty\"}", null);
    assertMessage("field 'year': must be between 1900 and 2100, got 20190",
        "{\"id\":\"x\",\"kind\":\"paper\",\"source\":\"s\",\"title\":\"t\",\"year\":20190}", null);
    assertMessage("field 'stars': must not be negative, got -1",
        "{\"id\":\"x\",\"kind\":\"repo\",\"source\":\"s\",\"full_name\":\"a/b\",\"stars\":-1}", null);
    assertMessage("field 'date': expected a date (yyyy-MM-dd or ISO-8601 timestamp), got \"yesterday\"",
        "{\"id\":\"x\",\"kind\":\"stars\",\"source\":\"s\",\"repo\":\"a/b\",\"date\":\"yesterday\"}", null);
    assertMessage("field 'tags': expected an array of strings, found number 3",
        "{\"id\":\"x\",\"kind\":\"model\",\"source\":\"s\",\"model_id\":\"m\",\"tags\":[\"a\",3]}", null);
    assertMessage("expected a JSON object, got array [1,2]", "[1,2]", null);
  }

  @Test
  void malformedJsonSaysWhere() {
    InvalidRecordException e = assertThrows(InvalidRecordException.class,
        () -> RecordCodec.decode("{\"id\":\"x\",\"kind\":\"job\""));
    assertEquals(null, e.field());
    assertEquals(true, e.getMessage().startsWith("malformed JSON: "), e.getMessage());
  }

  private static void assertMessage(String expected, String json, Kind kind) {
    InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> RecordCodec.decode(json, kind));
    assertEquals(expected, e.getMessage());
  }
}
