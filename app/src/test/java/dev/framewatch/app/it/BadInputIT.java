package dev.framewatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.app.testing.Cli;
import dev.framewatch.core.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is named line by line, good input still loads, and nothing already stored changes. */
class BadInputIT {
  @TempDir Path dir;

  @Test
  void badLinesAreNamedAndTheRestLoads() throws Exception {
    Cli cli = new Cli(dir.resolve("data"));
    Path good = dir.resolve("good.jsonl");
    Files.writeString(good, String.join("\n",
        "{\"id\":\"job:acme:1\",\"kind\":\"job\",\"source\":\"acme\",\"title\":\"ML engineer\",\"text\":\"PyTorch daily\","
            + "\"posted\":\"2024-03-01\"}",
        "{\"id\":\"job:acme:2\",\"kind\":\"job\",\"source\":\"acme\",\"title\":\"Data scientist\",\"text\":\"TensorFlow\","
            + "\"posted\":\"2024-03-02\"}") + "\n");
    assertEquals(0, cli.run("import", "job", good.toString()).exitCode());
    assertEquals(0, cli.run("index", "--until-caught-up").exitCode());
    String before = cli.run("share", "--by", "source", "--format", "json").out();

    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, String.join("\n",
        "{\"id\":\"job:acme:3\",\"kind\":\"job\",\"source\":\"acme\",\"title\":\"Researcher\",\"text\":\"JAX\","
            + "\"posted\":\"2024-03-03\"}",
        "{\"id\":\"job:acme:4\",\"kind\":\"job\",\"source\":\"acme\",\"title\":",
        "{\"kind\":\"job\",\"source\":\"acme\",\"title\":\"No id\"}",
        "",
        "{\"id\":\"job:acme:1\",\"kind\":\"tweet\",\"source\":\"acme\",\"title\":\"would overwrite job 1\"}",
        "{\"id\":\"job:acme:5\",\"kind\":\"job\",\"source\":\"acme\",\"title\":\"Intern\",\"text\":\"Keras\"}") + "\n");
    Cli.Result imported = cli.run("import", "job", bad.toString());
    assertEquals(0, imported.exitCode(), imported.toString());
    List<String> problems = imported.err().lines().filter(l -> l.startsWith(bad.toString())).toList();
    assertEquals(3, problems.size(), imported.toString());
    assertTrue(problems.get(0).startsWith(bad + ":2: malformed JSON"), problems.get(0));
    assertEquals(bad + ":3: field 'id': is required", problems.get(1));
    assertEquals(bad + ":5: field 'kind': unknown kind 'tweet' (expected one of paper, job, repo, model, stars)",
        problems.get(2));
    assertTrue(imported.out().contains("imported 2 job records"), imported.out());
    assertTrue(imported.out().contains("6 lines, 3 rejected"), imported.out());

    assertEquals(0, cli.run("index", "--until-caught-up").exitCode());
    JsonNode stats = Json.mapper().readTree(cli.run("stats", "--format", "json").out());
    assertEquals(4, stats.at("/index/documents").asLong());
    assertEquals(3, stats.at("/topics/dead-letter").asLong());

    // Job 1 was not overwritten by the rejected line that carried its id; the counts add up to old + new documents.
    JsonNode share = Json.mapper().readTree(cli.run("share", "--by", "source", "--format", "json").out());
    assertEquals("[{\"source\":\"acme\",\"framework\":\"pytorch\",\"count\":1,\"documents\":4,\"documents_any_framework\":4,"
        + "\"share\":0.25,\"share_low\":0.045587,\"share_high\":0.699358},{\"source\":\"acme\",\"framework\":\"tensorflow\",\"count\":1,\"documents\":4,"
        + "\"documents_any_framework\":4,\"share\":0.25,\"share_low\":0.045587,\"share_high\":0.699358},{\"source\":\"acme\",\"framework\":\"jax\",\"count\":1,\"documents\":4,"
        + "\"documents_any_framework\":4,\"share\":0.25,\"share_low\":0.045587,\"share_high\":0.699358},{\"source\":\"acme\",\"framework\":\"keras\",\"count\":1,"
        + "\"documents\":4,\"documents_any_framework\":4,\"share\":0.25,\"share_low\":0.045587,\"share_high\":0.699358}]", share.get("rows").toString());
    assertEquals(2, Json.mapper().readTree(before).get("rows").size());
  }

  @Test
  void emptyDataDirIsSaidPlainly() throws Exception {
    Cli cli = new Cli(dir.resolve("empty"));
    Cli.Result stats = cli.run("stats");
    assertEquals(0, stats.exitCode(), stats.toString());
    assertTrue(stats.out().startsWith("No data in " + dir.resolve("empty") + " yet"), stats.out());
    JsonNode json = Json.mapper().readTree(cli.run("stats", "--format", "json").out());
    assertEquals(0, json.at("/index/documents").asLong());
    assertEquals(0, json.get("lag").asLong());
    assertEquals(0, json.at("/topics/papers").asLong());
    Cli.Result share = cli.run("share", "--by", "year");
    assertEquals(0, share.exitCode(), share.toString());
    assertTrue(share.out().startsWith("The index in " + dir.resolve("empty").resolve("index") + " is empty"), share.out());
    assertEquals("[]", Json.mapper().readTree(cli.run("share", "--by", "year", "--format", "json").out()).get("rows")
        .toString());
    assertEquals(false, Files.exists(dir.resolve("empty").resolve("kafka")), "stats must not create a broker");
  }

  @Test
  void usageErrorsExitWithTwoAndOneLine() {
    Cli cli = new Cli(dir.resolve("data"));
    Cli.Result r = cli.run("share", "--by", "planet");
    assertEquals(2, r.exitCode());
    assertEquals("framewatch: unknown dimension 'planet' (expected one of venue, year, quarter, month, week, domain, source, "
        + "kind, framework, combination, library, task)\n", r.err());
    r = cli.run("import", "tweet", "x.jsonl");
    assertEquals(2, r.exitCode());
    assertEquals("framewatch: unknown kind 'tweet' (expected one of paper, job, repo, model, stars)\n", r.err());
    r = cli.run("stats", "--set", "dashboard.port=eighty");
    assertEquals(2, r.exitCode());
    assertEquals("framewatch: dashboard.port: expected a number, got \"eighty\"\n", r.err());
    r = cli.run("share", "--by", "year", "--where", "title:\"deep learning");
    assertEquals(2, r.exitCode(), r.toString());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("framewatch: --where 'title:\"deep learning': "), r.err());
    r = cli.run("share", "--by", "year", "--where", "planet:mars");
    assertEquals(2, r.exitCode(), r.toString());
    assertTrue(r.err().contains("planet"), r.err());
    r = cli.run("share", "--by", "year", "--where", "title:[a TO b]");
    assertEquals(2, r.exitCode(), r.toString());
    assertTrue(r.err().contains("range"), r.err());
    r = cli.run("stats", "--frobnicate");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().startsWith("framewatch: Unknown option: '--frobnicate'"), r.err());
  }
}
