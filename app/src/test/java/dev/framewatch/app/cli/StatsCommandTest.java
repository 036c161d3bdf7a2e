package dev.framewatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.framewatch.core.settings.Settings;
import dev.framewatch.index.IndexInfo;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The layout of {@code framewatch stats}: minimum widths keep small figures in the columns they always had. */
class StatsCommandTest {
  @Test
  void tablePinsLayout() {
    Map<String, Long> topics = new LinkedHashMap<>();
    topics.put("papers", 1_234_567L);
    topics.put("dead-letter", 3L);
    Map<String, Long> ends = new LinkedHashMap<>();
    ends.put("papers", 2_000_000L);
    ends.put("dead-letter", 3L);
    IndexInfo index = new IndexInfo(Path.of("/d/index"), true, 1_234_570, Map.of("paper", 1_234_567L, "job", 3L), Map.of(),
        "default", "0.2.0", Instant.parse("2026-11-30T10:00:00Z"));
    String table = StatsCommand.table(new StatsCommand.Stats(topics, ends, index, 12_345),
        Settings.defaults().with("data.dir", "/d"));
    assertEquals("""
        data dir: /d

        topic               records   end offset
        papers            1,234,567    2,000,000
        dead-letter               3            3

        index: 1,234,570 documents
          paper           1,234,567
          job                     3
          repo                    0
          model                   0
          stars                   0
        lag: 12,345 records not yet indexed
        last commit: 2026-11-30T10:00:00Z, method default 0.2.0
        """, table);
  }
}
