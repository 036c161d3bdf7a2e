package dev.framewatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.app.testing.Cli;
import dev.framewatch.core.json.Json;
import dev.framewatch.core.vocabulary.FrameworkTopics;
import dev.framewatch.fakeserver.FakeResponse;
import dev.framewatch.fakeserver.FakeServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The new-repositories signal end to end: {@code crawl github --once} with {@code sources.github.adoption} on, against a local
 * server answering GitHub's search format, through the embedded Kafka and the indexer, then {@code framewatch adoption --signal
 * new-repos --format json}: for every month and framework the server was asked about, exactly the total it served.
 */
class AdoptionCrawlIT {
  private static final Pattern QUERY = Pattern.compile("topic:(\\S+) created:(\\d{4}-\\d{2})-01\\.\\.\\d{4}-\\d{2}-\\d{2}");

  @TempDir Path dir;

  @Test
  void adoptionJsonGivesExactlyTheTotalsTheServerServed() throws Exception {
    Map<String, Long> served = new LinkedHashMap<>(); // "framework month" -> total_count
    Map<String, String> frameworkOfTopic = new LinkedHashMap<>();
    FrameworkTopics.standard().forEach((f, topics) -> topics.forEach(t -> frameworkOfTopic.put(t, f)));
    try (FakeServer github = FakeServer.start(request -> {
      if (!request.path().equals("/search/repositories")) {
        return FakeResponse.json(404, "{\"message\":\"Not Found\"}");
      }
      assertEquals("1", request.query().get("per_page"));
      Matcher m = QUERY.matcher(request.query().get("q"));
      assertTrue(m.matches(), request.query().get("q"));
      long total = Math.floorMod((m.group(1) + m.group(2)).hashCode(), 5000);
      synchronized (served) {
        served.put(frameworkOfTopic.get(m.group(1)) + " " + m.group(2), total);
      }
      return FakeResponse.json(200, "{\"total_count\":" + total + ",\"incomplete_results\":false,\"items\":[]}")
          .withHeader("X-RateLimit-Limit", "6000").withHeader("X-RateLimit-Remaining", "5999")
          .withHeader("X-RateLimit-Resource", "search");
    })) {
      YearMonth since = YearMonth.now(ZoneOffset.UTC).minusMonths(2);
      Cli cli = new Cli(dir.resolve("data"), "--set", "http.max-requests-per-second=1000",
          "--set", "sources.github.base-url=" + github.baseUrl(), "--set", "sources.github.repos=",
          "--set", "sources.github.adoption.enabled=true", "--set", "sources.github.adoption.since=" + since,
          "--set", "sources.github.adoption.requests-per-minute=60000");

      Cli.Result crawl = cli.run("crawl", "github", "--once");
      assertEquals(0, crawl.exitCode(), crawl.toString());
      int searches = 3 * FrameworkTopics.standard().size();
      assertEquals("github: " + searches + " pages fetched, " + searches + " new records, 0 unchanged (0 pages 304, 0 "
          + "records known), 0 failed pages, 0 dead letters, 0 duplicates", crawl.out().trim());
      // stats lists the adoption topic and counts it in the lag (the indexer consumes it; its offsets are in the same
      // commit): all of it before indexing, none after. Offsets, not records: the crawl's transaction markers hold some.
      JsonNode before = stats(cli);
      long offsets = before.at("/end_offsets/adoption").asLong();
      assertTrue(offsets >= searches, "one offset per measurement at least: " + before);
      assertEquals(offsets, before.at("/lag").asLong(), before.toString());
      Cli.Result index = cli.run("index", "--until-caught-up");
      assertEquals(0, index.exitCode(), index.toString());
      assertEquals(0, stats(cli).at("/lag").asLong());

      Cli.Result adoption = cli.run("adoption", "--signal", "new-repos", "--format", "json");
      assertEquals(0, adoption.exitCode(), adoption.toString());
      JsonNode json = Json.mapper().readTree(adoption.out());
      assertEquals("new-repos", json.path("signal").asText());
      Map<String, Long> shown = new LinkedHashMap<>();
      for (JsonNode row : json.path("rows")) {
        shown.put(row.path("framework").asText() + " " + row.path("month").asText(), row.path("value").asLong());
        assertEquals(false, row.path("incomplete").asBoolean(true));
      }
      assertEquals(searches, served.size());
      assertEquals(served, shown);
      // Rows come by month, then framework in vocabulary order.
      assertEquals("pytorch " + since, shown.keySet().iterator().next());

      Cli.Result some = cli.run("adoption", "--signal", "new-repos", "--frameworks", "jax", "--from", since.plusMonths(1)
          .toString(), "--format", "csv");
      assertEquals(0, some.exitCode(), some.toString());
      assertEquals("month,framework,value,incomplete\n"
          + since.plusMonths(1) + ",jax," + served.get("jax " + since.plusMonths(1)) + ",false\n"
          + since.plusMonths(2) + ",jax," + served.get("jax " + since.plusMonths(2)) + ",false\n", some.out());

      // The weekly report carries the signal in its own section, and its rows as a CSV beside the tables'.
      Path reports = dir.resolve("reports");
      Cli.Result report = cli.run("report", "--week", "2026-W49", "--out", reports.toString());
      assertEquals(0, report.exitCode(), report.toString());
      String md = Files.readString(reports.resolve("2026-W49").resolve("report.md"));
      assertTrue(md.contains("\n## Adoption: new GitHub repositories per month\n"), md);
      Cli.Result csv = cli.run("adoption", "--signal", "new-repos", "--format", "csv");
      assertEquals(csv.out(), Files.readString(reports.resolve("2026-W49").resolve("adoption-new-repos.csv")));
      assertTrue(Files.readString(reports.resolve("2026-W49").resolve("report.html"))
          .contains("<h2>Adoption: new GitHub repositories per month</h2>\n<svg"));
    }
  }

  private static JsonNode stats(Cli cli) throws Exception {
    Cli.Result stats = cli.run("stats", "--format", "json");
    assertEquals(0, stats.exitCode(), stats.toString());
    return Json.mapper().readTree(stats.out());
  }
}
