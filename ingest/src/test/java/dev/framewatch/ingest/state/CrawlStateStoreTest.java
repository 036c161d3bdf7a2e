package dev.framewatch.ingest.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stores behind {@link CrawlState} and the messages of the crawl-state topic, with exact values. */
class CrawlStateStoreTest {
  private static final URI PAGE = URI.create("http://127.0.0.1:1/api/models?limit=3");

  @TempDir Path dir;

  private static Changes sample() {
    Changes c = new Changes();
    c.validators().put(PAGE.toString(), new Validators("\"e1\"", null, "3/7"));
    c.cursors().put("hf.head.*", Optional.of("lab/m05"));
    c.cursors().put("gone", Optional.empty());
    c.marks().put(new Changes.MarkKey("paper", "paper:iclr:2024:x"), "abc");
    return c;
  }

  @Test
  void messagesAreKeyedBySourceAndEntryAndADeletedCursorIsATombstone() {
    Map<String, byte[]> m = CrawlStateMessages.encode("huggingface", sample());
    assertEquals(List.of("huggingface/validators/" + PAGE, "huggingface/cursor/hf.head.*", "huggingface/cursor/gone",
        "huggingface/mark/paper/paper:iclr:2024:x"), new ArrayList<>(m.keySet()));
    List<String> values = m.values().stream().map(v -> v == null ? null : new String(v, StandardCharsets.UTF_8)).toList();
    assertEquals("{\"url\":\"" + PAGE + "\",\"etag\":\"\\\"e1\\\"\",\"last_modified\":null,\"meta\":\"3/7\"}", values.get(0));
    assertEquals("{\"name\":\"hf.head.*\",\"value\":\"lab/m05\"}", values.get(1));
    assertNull(values.get(2));
    assertEquals("{\"kind\":\"paper\",\"key\":\"paper:iclr:2024:x\",\"value\":\"abc\"}", values.get(3));
  }

  @Test
  void messagesReadBackToTheSameChangesAndLaterOnesWin() {
    Changes back = new Changes();
    CrawlStateMessages.encode("jobs", sample()).forEach((k, v) -> CrawlStateMessages.decode("jobs", k, v, back));
    Changes later = new Changes();
    later.cursors().put("hf.head.*", Optional.empty());
    CrawlStateMessages.encode("jobs", later).forEach((k, v) -> CrawlStateMessages.decode("jobs", k, v, back));

    MemoryCrawlStateStore store = new MemoryCrawlStateStore();
    store.write(back);
    assertEquals(Optional.of(new Validators("\"e1\"", null, "3/7")), store.validators(PAGE));
    assertEquals(Optional.empty(), store.cursor("hf.head.*"));
    assertEquals(Optional.empty(), store.cursor("gone"));
    assertEquals(Optional.of("abc"), store.mark("paper", "paper:iclr:2024:x"));
    assertEquals(1, store.marks("paper"));
    assertEquals(0, store.marks("repo"));
    assertEquals(true, CrawlStateMessages.belongsTo("jobs/cursor/x", "jobs"));
    assertEquals(false, CrawlStateMessages.belongsTo("jobs-eu/cursor/x", "jobs"));
  }

  @Test
  void aMemoryStoreBehindACheckpointKeepsOnlyWhatWasCommitted() {
    try (CrawlState state = CrawlState.of(new MemoryCrawlStateStore())) {
      Checkpoint c = new Checkpoint(state, new dev.framewatch.ingest.testing.CollectingSink());
      c.cursor("a", "1");
      c.mark("repo", "r1", "x");
      assertEquals(Optional.empty(), state.cursor("a"));
      c.commit();
      c.clearCursor("a");
      c.mark("repo", "r2", "y");
      assertEquals(Optional.of("1"), state.cursor("a"));
      assertEquals(1, state.marks("repo"));
      c.commit();
      assertEquals(Optional.empty(), state.cursor("a"));
      assertEquals(2, state.marks("repo"));
    }
  }

  @Test
  void anH2FileCanBeReadWholeAndReplacedWhole() {
    try (H2CrawlStateStore h2 = H2CrawlStateStore.open(dir, "papers")) {
      h2.write(sample());
      Changes all = h2.snapshot();
      assertEquals(Map.of(PAGE.toString(), new Validators("\"e1\"", null, "3/7")), all.validators());
      assertEquals(Map.of("hf.head.*", Optional.of("lab/m05")), all.cursors());
      assertEquals(Map.of(new Changes.MarkKey("paper", "paper:iclr:2024:x"), "abc"), all.marks());

      Changes other = new Changes();
      other.cursors().put("arxiv", Optional.of("2026-11-30"));
      h2.replaceAll(other);
      assertEquals(Optional.empty(), h2.validators(PAGE));
      assertEquals(Optional.empty(), h2.cursor("hf.head.*"));
      assertEquals(Optional.of("2026-11-30"), h2.cursor("arxiv"));
      assertEquals(0, h2.marks("paper"));
      h2.replaceAll(new Changes());
      assertEquals(Optional.empty(), h2.cursor("arxiv"));
    }
    try (H2CrawlStateStore h2 = H2CrawlStateStore.open(dir, "papers")) {
      assertEquals(true, h2.snapshot().isEmpty(), "the replacement was committed");
    }
  }
}
