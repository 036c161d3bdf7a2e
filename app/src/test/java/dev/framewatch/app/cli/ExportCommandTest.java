package dev.framewatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.app.testing.Cli;
import dev.framewatch.app.testing.RecordIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code framewatch export} on a real index in the data dir: output, errors and their exit codes. */
class ExportCommandTest {
  @TempDir Path dataDir;

  /** Two papers and a repository under the default method, written where the data dir's index lives. */
  static void writeIndex(Path dataDir) throws Exception {
    RecordIndex.write(dataDir, List.of(
        "{\"id\":\"p1\",\"kind\":\"paper\",\"source\":\"test\",\"title\":\"A\",\"venue\":\"NIPS\",\"year\":2018,"
            + "\"abstract\":\"We use PyTorch and TensorFlow.\"}",
        "{\"id\":\"p2\",\"kind\":\"paper\",\"source\":\"test\",\"title\":\"B\",\"venue\":\"ACL\",\"year\":2020,"
            + "\"abstract\":\"In JAX.\"}",
        "{\"id\":\"gh:jax-ml/jax\",\"kind\":\"repo\",\"source\":\"github\",\"full_name\":\"jax-ml/jax\",\"stars\":30000,"
            + "\"forks\":2800,\"topics\":[\"jax\"],\"created\":\"2018-10-25\"}"));
  }

  /** NeurIPS is a general venue: no domain from it. */
  @Test
  void csvGoesToStdoutAndProgressToStderr() throws Exception {
    writeIndex(dataDir);
    Cli.Result r = new Cli(dataDir).run("export", "--format", "csv", "--where", "venue:neurips OR kind:repo");
    assertEquals(0, r.exitCode(), r.toString());
    assertEquals("""
        id,kind,source,venue,year,month,domain,domain_source,library,task,frameworks_default,framework_code,excluded_by,\
        label_domain,label_usage,stars,forks,downloads,likes,new_stars
        p1,paper,test,neurips,2018,,,,,,pytorch;tensorflow,,,,,,,,,
        gh:jax-ml/jax,repo,github,,2018,10,,,,,jax,,,,,30000,2800,,,
        """, r.out());
    assertTrue(r.err().startsWith("export: 2 documents in "), r.err());
  }

  @Test
  void jsonlToAFileSaysWhereItWent() throws Exception {
    writeIndex(dataDir);
    Path file = dataDir.resolve("docs.jsonl");
    Cli.Result r = new Cli(dataDir).run("export", "--format", "JSONL", "--where", "year:2020", "--output", file.toString());
    assertEquals(0, r.exitCode(), r.toString());
    assertEquals("", r.out());
    assertTrue(r.err().endsWith("1 documents written to " + file + " (jsonl)\n"), r.err());
    assertEquals("{\"id\":\"p2\",\"kind\":\"paper\",\"source\":\"test\",\"venue\":\"acl\",\"year\":2020,\"month\":null,"
        + "\"domain\":\"language\",\"domain_source\":\"venue\",\"library\":null,\"task\":null,\"frameworks_default\":[\"jax\"],"
        + "\"framework_code\":[],\"excluded_by\":[],\"label_domain\":null,\"label_usage\":null,\"stars\":null,\"forks\":null,\"downloads\":null,"
        + "\"likes\":null,\"new_stars\":null}\n", Files.readString(file));
  }

  @Test
  void aBadFormatIsAUsageErrorNamingIt() {
    Cli.Result r = new Cli(dataDir).run("export", "--format", "xlsx");
    assertEquals(2, r.exitCode(), r.toString());
    assertEquals("framewatch: unknown export format 'xlsx' (formats: csv, jsonl, parquet)\n", r.err());
  }

  @Test
  void aBadWhereIsAUsageError() {
    Cli.Result r = new Cli(dataDir).run("export", "--format", "csv", "--where", "colour:red");
    assertEquals(2, r.exitCode(), r.toString());
    assertTrue(r.err().startsWith("framewatch: --where 'colour:red': unknown field 'colour'"), r.err());
  }

  @Test
  void parquetWithoutAFileIsAUsageError() {
    Cli.Result r = new Cli(dataDir).run("export", "--format", "parquet");
    assertEquals(2, r.exitCode(), r.toString());
    assertEquals("framewatch: --format parquet needs --output FILE (Parquet cannot stream to stdout)\n", r.err());
  }

  @Test
  void anUnwritableOutputIsAFailureNamingIt() throws Exception {
    writeIndex(dataDir);
    Path file = dataDir.resolve("missing").resolve("docs.parquet");
    Cli.Result r = new Cli(dataDir).run("export", "--format", "parquet", "--output", file.toString());
    assertEquals(1, r.exitCode(), r.toString());
    assertEquals("framewatch: cannot write --output " + file + ": no such directory\n", r.err());
  }

  @Test
  void noIndexYetIsAFailureSayingHowToMakeOne() {
    Cli.Result r = new Cli(dataDir).run("export", "--format", "csv");
    assertEquals(1, r.exitCode(), r.toString());
    assertEquals("", r.out());
    assertTrue(r.err().contains("does not exist yet: nothing to export"), r.err());
  }
}
