package dev.framewatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.framewatch.app.testing.Cli;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code framewatch adoption}'s answers that need no crawl: signals not built yet, bad options, an empty index. */
class AdoptionCommandTest {
  @TempDir Path dir;

  @Test
  void signalsCountedFromTheEvidenceIndexAnswerEmptyBeforeAnyIndex() {
    Cli.Result r = new Cli(dir).run("adoption", "--signal", "paper-code");
    assertEquals(0, r.exitCode(), r.toString());
    assertEquals("no paper-code values in the index (crawl papers with sources.papers.code.enabled = true, then index)\n",
        r.out());
    Cli.Result m = new Cli(dir).run("adoption", "--signal", "model-downloads", "--format", "csv");
    assertEquals(0, m.exitCode(), m.toString());
    assertEquals("month,framework,value,incomplete\n", m.out());
  }

  @Test
  void anUnknownSignalOrMonthIsAUsageError() {
    Cli.Result r = new Cli(dir).run("adoption", "--signal", "stars");
    assertEquals(2, r.exitCode(), r.toString());
    assertEquals("framewatch: --signal 'stars': expected one of new-repos, new-python-repos, paper-code, model-downloads\n",
        r.err());
    Cli.Result m = new Cli(dir).run("adoption", "--signal", "new-repos", "--from", "2024-13");
    assertEquals(2, m.exitCode(), m.toString());
    assertEquals("framewatch: --from '2024-13': expected a month as yyyy-MM, e.g. 2024-01\n", m.err());
  }

  @Test
  void anEmptyIndexSaysHowToGetValues() {
    Cli.Result r = new Cli(dir).run("adoption", "--signal", "new-repos");
    assertEquals(0, r.exitCode(), r.toString());
    assertEquals("no new-repos values in the index (crawl GitHub with sources.github.adoption.enabled = true)\n", r.out());
    Cli.Result json = new Cli(dir).run("adoption", "--signal", "new-repos", "--format", "json");
    assertEquals(0, json.exitCode(), json.toString());
    assertEquals("{\n  \"signal\" : \"new-repos\",\n  \"title\" : \"new GitHub repositories per month\",\n  \"method\" : \""
        + "GitHub search: repositories created in the month with the framework's topic (total_count of /search/repositories?q="
        + "topic:<t>+created:<first>..<last>), summed over the framework's github-topics\",\n  \"rows\" : [ ]\n}\n",
        json.out());
  }
}
