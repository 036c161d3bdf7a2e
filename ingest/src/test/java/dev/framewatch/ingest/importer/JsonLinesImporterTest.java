package dev.framewatch.ingest.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.core.record.Kind;
import dev.framewatch.core.record.Model;
import dev.framewatch.ingest.testing.CollectingSink;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesImporterTest {
  private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

  @TempDir Path dir;
  private final CollectingSink sink = new CollectingSink();
  private final JsonLinesImporter importer = new JsonLinesImporter(sink, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void rejectsExactlyTheBadLinesWithTheirNumbersAndPublishesTheRest() throws IOException {
    Path file = dir.resolve("models.jsonl");
    List<String> lines = List.of(
        "{\"id\":\"hf:google-bert/bert-base-uncased\",\"kind\":\"model\",\"source\":\"huggingface\","
            + "\"model_id\":\"google-bert/bert-base-uncased\",\"library_name\":\"transformers\","
            + "\"tags\":[\"transformers\",\"pytorch\",\"tf\",\"jax\"],\"created\":\"2022-03-02\",\"downloads\":42711978,"
            + "\"likes\":3379}",
        "{\"id\":\"hf:timm/resnet50.a1_in1k\",\"source\":\"huggingface\",\"model_id\":\"timm/resnet50.a1_in1k\","
            + "\"library_name\":\"timm\",\"created\":\"2023-04-05T18:07:31.000Z\"}",
        "",
        "{\"id\":\"hf:broken\",\"kind\":\"model\",\"source\":\"huggingface\",",
        "{\"kind\":\"model\",\"source\":\"huggingface\",\"model_id\":\"nobody/no-id\"}",
        "   ",
        "{\"id\":\"x:1\",\"kind\":\"foo\",\"source\":\"huggingface\",\"model_id\":\"a/b\"}",
        "{\"id\":\"hf:keras-io/mnist\",\"kind\":\"model\",\"source\":\"huggingface\",\"model_id\":\"keras-io/mnist\","
            + "\"library_name\":\"keras\",\"fetched_at\":\"2025-12-01T10:00:00Z\",\"hub_extra\":{\"x\":1}}");
    Files.write(file, lines, StandardCharsets.UTF_8);
    List<Long> progress = new ArrayList<>();

    ImportResult result = importer.importFile(file, Kind.MODEL, progress::add);

    assertEquals(8, result.lines());
    assertEquals(3, result.imported());
    assertEquals(3, result.rejected());
    assertEquals(3, result.problems().size());
    assertTrue(result.problems().get(0).startsWith(file + ":4: malformed JSON: "), result.problems().get(0));
    assertEquals(file + ":5: field 'id': is required", result.problems().get(1));
    assertEquals(file + ":7: field 'kind': unknown kind 'foo' (expected one of paper, job, repo, model, stars)",
        result.problems().get(2));

    assertEquals(List.of("hf:google-bert/bert-base-uncased", "hf:timm/resnet50.a1_in1k", "hf:keras-io/mnist"), sink.ids());
    Model keras = (Model) sink.records().get(2);
    assertEquals(1, keras.extra().get("hub_extra").get("x").intValue());

    List<DeadLetter> letters = sink.deadLetters();
    assertEquals(List.of("import:" + file + ":4", "import:" + file + ":5", "import:" + file + ":7"),
        letters.stream().map(DeadLetter::origin).toList());
    assertEquals("field 'id': is required", letters.get(1).reason());
    assertEquals(lines.get(4), letters.get(1).input());
    assertEquals(Map.of("kind", "model", "file", file.toString(), "line", "5"), letters.get(1).context());
    assertEquals(NOW, letters.get(1).at());

    assertEquals(1, sink.flushes());
    assertEquals(List.of(8L), progress);
  }

  @Test
  void aRecordOverTheSinksLimitIsARejectedLineLikeAnyOther() throws IOException {
    CollectingSink limited = new CollectingSink(new dev.framewatch.ingest.kafka.RecordSizeLimit(1_024));
    Path file = dir.resolve("jobs.jsonl");
    String big = "{\"id\":\"job:a:2\",\"kind\":\"job\",\"source\":\"a\",\"title\":\"T\",\"text\":\"" + "x".repeat(2_000) + "\"}";
    Files.writeString(file, "{\"id\":\"job:a:1\",\"kind\":\"job\",\"source\":\"a\",\"title\":\"T\",\"text\":\"PyTorch\"}\n"
        + big + "\n{\"id\":\"job:a:3\",\"kind\":\"job\",\"source\":\"a\",\"title\":\"T\",\"text\":\"JAX\"}\n");

    ImportResult result = new JsonLinesImporter(limited, Clock.fixed(NOW, ZoneOffset.UTC)).importFile(file, Kind.JOB, null);

    // 2,064 bytes of JSON and a 7-byte key
    assertEquals(new ImportResult(3, 2, 1, List.of(file + ":2: record is 2071 bytes, over the 1024-byte limit")), result);
    assertEquals(List.of("job:a:1", "job:a:3"), limited.ids());
    DeadLetter letter = limited.deadLetters().get(0);
    assertEquals("import:" + file + ":2", letter.origin());
    assertEquals("record is 2071 bytes, over the 1024-byte limit", letter.reason());
    assertEquals(big, letter.input());
    assertEquals(Map.of("kind", "job", "file", file.toString(), "line", "2"), letter.context());
  }

  @Test
  void rejectsARecordOfAnotherKind() throws IOException {
    Path file = dir.resolve("jobs-in-models.jsonl");
    Files.writeString(file, "\uFEFF{\"id\":\"job:x:1\",\"kind\":\"job\",\"source\":\"x\",\"title\":\"ML engineer\"}\n");

    ImportResult result = importer.importFile(file, Kind.MODEL, null);

    assertEquals(new ImportResult(1, 0, 1,
        List.of(file + ":1: field 'kind': is 'job' but this input holds records of kind 'model'")), result);
  }

  @Test
  void countsEveryRejectedLineButListsTheFirstThousand() throws IOException {
    Path file = dir.resolve("many.jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      for (int i = 1; i <= 25_000; i++) {
        if (i % 10 == 0) {
          w.write("{\"kind\":\"job\",\"source\":\"board\",\"title\":\"no id " + i + "\"}");
        } else {
          w.write("{\"id\":\"job:board:" + i + "\",\"source\":\"board\",\"title\":\"Engineer " + i + "\",\"posted\":\"2025-01-0"
              + (1 + i % 9) + "\"}");
        }
        w.newLine();
      }
    }
    List<Long> progress = new ArrayList<>();

    ImportResult result = importer.importFile(file, Kind.JOB, progress::add);

    assertEquals(25_000, result.lines());
    assertEquals(22_500, result.imported());
    assertEquals(2_500, result.rejected());
    assertEquals(1_000, result.problems().size());
    assertTrue(result.problemsTruncated());
    assertEquals(file + ":10000: field 'id': is required", result.problems().get(999));
    assertEquals(2_500, sink.deadLetters().size());
    assertEquals(List.of(10_000L, 20_000L, 25_000L), progress);
  }

  @Test
  void namesAMissingFile() {
    Path file = dir.resolve("nope.jsonl");
    ImportException e = assertThrows(ImportException.class, () -> importer.importFile(file, Kind.MODEL, null));
    assertEquals("import file " + file + " does not exist", e.getMessage());
  }

  @Test
  void rejectsALineOfInvalidUtf8UnderItsOwnNumber() throws IOException {
    Path file = dir.resolve("latin1.jsonl");
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 3000; i++) { // more than a decoder's read-ahead block before the bad line
      text.append("{\"id\":\"job:a:").append(i).append("\",\"source\":\"a\",\"title\":\"ok\"}\r\n");
    }
    text.append("{\"id\":\"job:a:x\",\"source\":\"a\",\"title\":\"Caf\u00e9\"}\n");
    text.append("{\"id\":\"job:a:y\",\"source\":\"a\",\"title\":\"last\"}"); // no final newline
    Files.write(file, text.toString().getBytes(StandardCharsets.ISO_8859_1));

    ImportResult result = importer.importFile(file, Kind.JOB, null);

    assertEquals(new ImportResult(3002, 3001, 1, List.of(file + ":3001: not valid UTF-8 text")), result);
    assertEquals("job:a:y", sink.ids().get(3000));
    assertEquals("{\"id\":\"job:a:x\",\"source\":\"a\",\"title\":\"Caf\ufffd\"}", sink.deadLetters().get(0).input());
  }
}
