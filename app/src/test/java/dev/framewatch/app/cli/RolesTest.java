package dev.framewatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.app.Framewatch;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --roles: parsing, the usage error naming the valid roles, and serve without index only over an existing index. */
class RolesTest {
  @TempDir Path dir;

  @Test
  void parsesAnyOrderCaseAndSpaces() {
    assertEquals(new Roles(true, true, true), Roles.parse(Roles.ALL));
    assertEquals(new Roles(true, false, false), Roles.parse("crawl"));
    assertEquals(new Roles(false, true, true), Roles.parse(" Serve , index"));
    assertEquals(new Roles(true, false, false), Roles.parse("crawl,crawl"));
    assertEquals("index,serve", Roles.parse("serve,index").toString());
    assertTrue(Roles.parse("index").needsKafka());
    assertFalse(Roles.parse("serve").needsKafka());
  }

  @Test
  void anUnknownOrEmptyRoleNamesTheValidOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Roles.parse("crawl,indx"));
    assertEquals("unknown role 'indx' in --roles crawl,indx (valid: crawl, index, serve, comma-separated)", e.getMessage());
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> Roles.parse("crawl,"));
    assertEquals("empty role in --roles crawl, (valid: crawl, index, serve, comma-separated)", empty.getMessage());
  }

  @Test
  void theCommandLineAnswersAnUnknownRoleWithExit2() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Framewatch.execute(new String[] {"run", "--data-dir", dir.toString(), "--roles", "crawl,web"},
        new PrintWriter(out), new PrintWriter(err));
    assertEquals(Framewatch.EXIT_USAGE, code);
    assertEquals("framewatch: unknown role 'web' in --roles crawl,web (valid: crawl, index, serve, comma-separated)\n",
        err.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void theCommandLineStopsServeAloneWithoutAnIndexWithExit1() {
    StringWriter err = new StringWriter();
    int code = Framewatch.execute(new String[] {"run", "--data-dir", dir.toString(), "--roles", "serve"},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(Framewatch.EXIT_FAILURE, code);
    assertEquals("framewatch: --roles serve serves the index in " + dir.resolve("index") + ", but there is none: add the "
        + "index role, or run `framewatch index` (or a `run --roles index`) on this data dir first\n",
        err.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void serveWithoutIndexNeedsAnIndexThere() throws Exception {
    Path index = dir.resolve("index");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Roles.parse("serve").checkIndexFor(index));
    assertEquals("--roles serve serves the index in " + index + ", but there is none: add the index role, or run "
        + "`framewatch index` (or a `run --roles index`) on this data dir first", e.getMessage());
    Roles.parse("index,serve").checkIndexFor(index); // builds its own
    Roles.parse("crawl").checkIndexFor(index); // serves nothing
    Files.createDirectories(index);
    Files.writeString(index.resolve("segments_1"), "");
    Roles.parse("serve").checkIndexFor(index);
  }
}
