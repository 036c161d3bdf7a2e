package dev.framewatch.ingest.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.core.record.Job;
import dev.framewatch.core.record.Model;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.ingest.kafka.RecordFit;
import dev.framewatch.ingest.kafka.RecordSizeLimit;
import dev.framewatch.ingest.testing.CollectingSink;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What crawlers publish is cut to the record size limit, and what cannot be cut is dead-lettered, never a failed crawl. */
class FittingSinkTest {
  private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

  @Test
  void cutsLongTextToTheLimitAndDeadLettersWhatStillDoesNotFit() {
    CollectingSink kafka = new CollectingSink(new RecordSizeLimit(1_024));
    FittingSink sink = new FittingSink(kafka, Clock.fixed(NOW, ZoneOffset.UTC));
    Job job = new Job("job:a:1", "a", null, "T", null, null, null, "PyTorch ".repeat(1_000), Map.of());
    Model model = new Model("hf:a/b", "huggingface", null, "a/b", "timm",
        IntStream.range(0, 200).mapToObj(i -> "tag-" + i).toList(), null, LocalDate.of(2024, 1, 1), 1, 1, Map.of());
    Job small = new Job("job:a:2", "a", null, "T", null, null, null, "JAX", Map.of());

    sink.publish(job);
    sink.publish(model);
    sink.publish(small);

    assertEquals(List.of("job:a:1", "job:a:2"), kafka.ids());
    Job cut = (Job) kafka.records().get(0);
    assertEquals(931, cut.text().length());
    assertEquals(1_024, RecordFit.sizeOf(cut));
    assertEquals(true, cut.extra().get("text_truncated").booleanValue());
    assertEquals(small, kafka.records().get(1));

    DeadLetter letter = kafka.deadLetters().get(0);
    long size = RecordFit.sizeOf(model);
    assertEquals(2_044, size);
    assertEquals("hf:a/b", letter.origin());
    assertEquals("record is 2044 bytes, over the 1024-byte limit", letter.reason());
    assertEquals(RecordCodec.encode(model).substring(0, 2_000), letter.input());
    assertEquals(Map.of("kind", "model", "source", "huggingface"), letter.context());
    assertEquals(NOW, letter.at());

    // A crawler counted three records as published; the summary says two, and one more dead letter.
    assertEquals(1, sink.oversized());
    assertEquals(new CrawlSummary("huggingface", 4, 2, 0, 1, 0, 0, 0, 0),
        sink.corrected(new CrawlSummary("huggingface", 4, 3, 0, 0, 0, 0, 0, 0)));
  }
}
