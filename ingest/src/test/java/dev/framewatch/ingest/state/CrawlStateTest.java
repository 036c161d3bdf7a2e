package dev.framewatch.ingest.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.ingest.http.FetchRequest;
import dev.framewatch.ingest.testing.CollectingSink;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlStateTest {
  private static final URI PAGE = URI.create("http://127.0.0.1:1/api/models?limit=3");

  @TempDir Path dir;

  @Test
  void whatACheckpointCommitsIsThereAfterReopeningAndNothingBeforeTheSinkIsFlushed() {
    CollectingSink sink = new CollectingSink();
    try (CrawlState state = CrawlState.open(dir, "huggingface")) {
      Checkpoint c = new Checkpoint(state, sink);
      c.cursor("hf.head.*", "lab/m05");
      c.mark("paper", "paper:iclr:2024:x", "abc");
      // Seen by the crawl at once, but not written: a crash now leaves the state as it was.
      assertEquals(Optional.of("lab/m05"), c.cursor("hf.head.*"));
      assertEquals(Optional.empty(), state.cursor("hf.head.*"));
      assertEquals(0, sink.flushes());
      c.commit();
      assertEquals(1, sink.flushes());
      c.clearCursor("hf.head.*");
      assertEquals(Optional.empty(), c.cursor("hf.head.*"));
    }
    assertTrue(Files.exists(dir.resolve("huggingface.mv.db")));
    try (CrawlState state = CrawlState.open(dir, "huggingface")) {
      assertEquals(Optional.of("lab/m05"), state.cursor("hf.head.*"), "the uncommitted clear was lost, as in a crash");
      assertEquals(Optional.of("abc"), state.mark("paper", "paper:iclr:2024:x"));
      assertEquals(1, state.marks("paper"));
      assertEquals(Optional.empty(), state.validators(PAGE));
    }
  }

  @Test
  void keptValidatorsMakeARequestConditional() {
    try (CrawlState state = CrawlState.open(dir, "papers")) {
      Changes changes = new Changes();
      changes.validators().put(PAGE.toString(), new Validators("\"e1\"", "Sun, 01 Nov 2026 00:00:00 GMT", "3/7"));
      state.write(changes);
      Checkpoint c = new Checkpoint(state, new CollectingSink());
      FetchRequest r = c.conditional(FetchRequest.get(PAGE));
      assertEquals(Map.of("If-None-Match", "\"e1\"", "If-Modified-Since", "Sun, 01 Nov 2026 00:00:00 GMT"), r.headers());
      assertEquals(Map.of(), c.conditional(FetchRequest.get(URI.create("http://127.0.0.1:1/other"))).headers());
      assertEquals("3/7", c.validators(PAGE).orElseThrow().meta());
    }
  }

  @Test
  void aSecondOpenOfTheSameSourceIsRefusedWithAClearMessage() {
    try (CrawlState first = CrawlState.open(dir, "jobs")) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> CrawlState.open(dir, "jobs"));
      assertTrue(e.getMessage().startsWith("cannot open the crawl state " + dir.toAbsolutePath().resolve("jobs.mv.db")),
          e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> CrawlState.open(dir, "../etc"));
  }

  @Test
  void noStateRemembersNothing() {
    CrawlState none = CrawlState.none();
    Checkpoint c = new Checkpoint(none, new CollectingSink());
    c.cursor("a", "b");
    c.commit();
    assertEquals(Optional.empty(), none.cursor("a"));
    assertEquals(Optional.empty(), c.cursor("a"));
  }
}
