package dev.framewatch.ingest.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.record.Job;
import dev.framewatch.core.record.Model;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordSizeLimitTest {
  private static final RecordSizeLimit LIMIT = new RecordSizeLimit(1024);

  /** {"id":"job:a:1","kind":"job","source":"a","title":"T","text":"..."}: 64 bytes of JSON and a 7-byte key around the text. */
  private static Job job(String text) {
    return new Job("job:a:1", "a", null, "T", null, null, null, text, Map.of());
  }

  @Test
  void sizeIsTheKeysAndTheValuesBytes() {
    assertEquals(1_007, RecordSizeLimit.sizeOf("job:a:1", new byte[1_000]));
    assertEquals(2, RecordSizeLimit.sizeOf("\u00e9", new byte[0]));
    assertEquals(1_071, RecordFit.sizeOf(job("x".repeat(1_000))));
  }

  @Test
  void aRecordAtTheLimitPassesOneByteMoreIsRefused() {
    LIMIT.check("job:a:1", 1_024);
    assertTrue(LIMIT.allows(1_024));
    RecordTooLargeException e = assertThrows(RecordTooLargeException.class, () -> LIMIT.check("job:a:1", 1_025));
    assertEquals("record is 1025 bytes, over the 1024-byte limit", e.getMessage());
    assertEquals("job:a:1", e.key());
    assertEquals(1_025, e.size());
    assertEquals(1_024, e.limit());
  }

  @Test
  void kafkaSettingsAddTheFramingAndATopicsMaxMessageBytesIsReadBack() {
    assertEquals(1_048_576, RecordSizeLimit.DEFAULT.bytes());
    assertEquals(1_052_672, RecordSizeLimit.DEFAULT.kafkaBytes());
    assertEquals(95_904, RecordSizeLimit.ofMaxMessageBytes(100_000).bytes());
    // A topic left at a broker's default message.max.bytes (1,048,588).
    assertEquals(1_044_492, RecordSizeLimit.ofMaxMessageBytes(1_048_588).bytes());
    assertEquals(1_048_576, RecordSizeLimit.ofMaxMessageBytes(RecordSizeLimit.DEFAULT.kafkaBytes()).bytes());
    assertEquals(95_904, RecordSizeLimit.DEFAULT.min(RecordSizeLimit.ofMaxMessageBytes(100_000)).bytes());
    assertThrows(IllegalArgumentException.class, () -> new RecordSizeLimit(0));
  }

  @Test
  void fitCutsTextToTheLongestStartThatFits() {
    Job big = job("x".repeat(2_000));
    Job fitted = (Job) RecordFit.fit(big, LIMIT);
    // 1,024 less the 71 bytes around the text and the 22 of ,"text_truncated":true
    assertEquals(931, fitted.text().length());
    assertEquals("x".repeat(931), fitted.text());
    assertEquals(1_024, RecordFit.sizeOf(fitted));
    assertEquals(true, fitted.extra().get("text_truncated").booleanValue());

    Job accents = (Job) RecordFit.fit(job("\u00e9".repeat(2_000)), LIMIT); // two bytes each
    assertEquals(465, accents.text().length());
    assertEquals(1_023, RecordFit.sizeOf(accents));

    Job smiles = (Job) RecordFit.fit(job("\uD83D\uDE00".repeat(1_000)), LIMIT); // four bytes, two chars each
    assertEquals(464, smiles.text().length()); // never half a pair
    assertEquals(1_021, RecordFit.sizeOf(smiles)); // 93 + 232 pairs of 4 bytes

    Job small = job("fits");
    assertSame(small, RecordFit.fit(small, LIMIT));
  }

  @Test
  void aRecordWithoutTextToCutIsLeftAsItIs() {
    Model model = new Model("hf:a/b", "huggingface", null, "a/b", "timm",
        java.util.stream.IntStream.range(0, 200).mapToObj(i -> "tag-" + i).toList(), null, LocalDate.of(2024, 1, 1), 1, 1,
        Map.of());
    assertTrue(RecordFit.sizeOf(model) > 1_024);
    assertSame(model, RecordFit.fit(model, LIMIT));
  }
}
