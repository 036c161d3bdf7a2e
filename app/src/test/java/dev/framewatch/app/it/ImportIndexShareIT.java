package dev.framewatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.app.testing.Cli;
import dev.framewatch.app.testing.SyntheticPapers;
import dev.framewatch.core.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spine end to end through the real embedded broker and a real Lucene index, driven by the command line. */
class ImportIndexShareIT {
  @TempDir Path dir;

  @Test
  void tenThousandRecordsIndexedOnceAndCountedExactly() throws Exception {
    Path file = dir.resolve("papers.jsonl");
    List<SyntheticPapers.Generated> papers = SyntheticPapers.write(file, 10_000, 42, "paper:synthetic:");
    Cli cli = new Cli(dir.resolve("data"));

    Cli.Result imported = cli.run("import", "paper", file.toString());
    assertEquals(0, imported.exitCode(), imported.toString());
    assertTrue(imported.out().startsWith("imported 10,000 paper records"), imported.toString());
    assertEquals(0, cli.run("index", "--until-caught-up").exitCode());
    assertEquals(10_000, documents(cli));

    // The same file again: the topic holds every record twice until compaction, the index still one document per id.
    assertEquals(0, cli.run("import", "paper", file.toString()).exitCode());
    Cli.Result indexed = cli.run("index", "--until-caught-up");
    assertEquals(0, indexed.exitCode(), indexed.toString());
    assertTrue(indexed.out().startsWith("indexed 10,000 records (10,000 documents written"), indexed.toString());
    JsonNode stats = Json.mapper().readTree(cli.run("stats", "--format", "json").out());
    assertEquals(10_000, stats.at("/index/documents").asLong());
    assertEquals(10_000, stats.at("/index/by_kind/paper").asLong());
    assertEquals(0, stats.at("/index/by_kind/model").asLong());
    assertEquals(20_000, stats.at("/topics/papers").asLong());
    assertEquals(20_000, stats.at("/end_offsets/papers").asLong());
    assertEquals(0, stats.get("lag").asLong());

    Cli.Result share = cli.run("share", "--by", "venue,year", "--format", "json");
    assertEquals(0, share.exitCode(), share.toString());
    JsonNode root = Json.mapper().readTree(share.out());
    assertEquals("default", root.at("/method/name").asText());
    Map<String, Long> actual = new TreeMap<>();
    for (JsonNode row : root.get("rows")) {
      String group = row.get("venue").asText() + "|" + row.get("year").asInt();
      actual.put(group + "|" + row.get("framework").asText(), row.get("count").asLong());
      actual.put(group + "|documents", row.get("documents").asLong());
      actual.put(group + "|any", row.get("documents_any_framework").asLong());
      assertEquals((double) row.get("count").asLong() / row.get("documents_any_framework").asLong(),
          row.get("share").asDouble(), 1e-6);
    }
    Map<String, Long> expected = SyntheticPapers.expectedCounts(papers);
    assertEquals(expected, actual);
    assertEquals(10_000, root.at("/totals/documents").asLong());

    // Rebuild from Kafka into a new generation and swap: every number stays the same.
    String filtered = cli.run("share", "--by", "year", "--where", "venue:cvpr AND text:pytorch", "--format", "csv").out();
    Cli.Result reindexed = cli.run("reindex");
    assertEquals(0, reindexed.exitCode(), reindexed.toString());
    assertTrue(reindexed.out().startsWith("reindexed 20,000 records (20,000 documents written"), reindexed.toString());
    assertTrue(Files.isSymbolicLink(dir.resolve("data").resolve("index")));
    assertEquals(share.out(), cli.run("share", "--by", "venue,year", "--format", "json").out());
    assertEquals(filtered, cli.run("share", "--by", "year", "--where", "venue:cvpr AND text:pytorch", "--format", "csv").out());
    assertEquals(10_000, documents(cli));
  }

  private static long documents(Cli cli) throws Exception {
    Cli.Result stats = cli.run("stats", "--format", "json");
    assertEquals(0, stats.exitCode(), stats.toString());
    return Json.mapper().readTree(stats.out()).at("/index/documents").asLong();
  }
}
