package dev.framewatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.app.testing.Cli;
import dev.framewatch.app.testing.RecordIndex;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code framewatch share --weight downloads} on a real index of four models and a paper. */
class ShareWeightCommandTest {
  @TempDir Path dataDir;

  private void writeIndex() throws Exception {
    RecordIndex.write(dataDir, List.of(
        model("a/big", "pytorch", "2024-01-10", 9000),
        model("a/small", "pytorch", "2024-01-11", 100),
        model("b/tf", "tf", "2024-01-12", 900),
        model("c/none", "region:us", "2024-01-13", 50000),
        "{\"id\":\"p1\",\"kind\":\"paper\",\"source\":\"test\",\"title\":\"A\",\"venue\":\"ICLR\",\"year\":2024,"
            + "\"abstract\":\"We use TensorFlow.\"}"));
  }

  private static String model(String id, String tag, String created, long downloads) {
    return "{\"id\":\"hf:" + id + "\",\"kind\":\"model\",\"source\":\"huggingface\",\"model_id\":\"" + id + "\","
        + "\"tags\":[\"" + tag + "\"],\"created\":\"" + created + "\",\"downloads\":" + downloads + "}";
  }

  @Test
  void jsonGivesWeightedSharesBesideThePlainCountAndNamesTheInterval() throws Exception {
    writeIndex();
    Cli.Result r = new Cli(dataDir).run("share", "--by", "month", "--weight", "downloads", "--format", "json");
    assertEquals(0, r.exitCode(), r.toString());
    String json = r.out().replaceAll("\\s+", "");
    assertTrue(json.contains("\"weight\":\"downloads\""), json);
    assertTrue(json.contains("{\"month\":\"2024-01\",\"framework\":\"pytorch\",\"count\":2,\"documents_any_framework\":3,"
        + "\"count_share\":0.666667,\"downloads\":9100,\"downloads_any_framework\":10000,\"share\":0.91,"), json);
    assertTrue(json.contains("{\"month\":\"2024-01\",\"framework\":\"tensorflow\",\"count\":1,\"documents_any_framework\":3,"
        + "\"count_share\":0.333333,\"downloads\":900,\"downloads_any_framework\":10000,\"share\":0.09,"), json);
    assertTrue(json.contains("\"totals\":{\"documents\":4,\"documents_any_framework\":3,\"downloads\":60000,"
        + "\"downloads_any_framework\":10000}"), json);
    assertTrue(json.contains("\"interval\":\"bootstrap-1000\""), json);
  }

  @Test
  void tableSaysHowItWasWeighedAndBadWeightsAreUsageErrors() throws Exception {
    writeIndex();
    Cli.Result r = new Cli(dataDir).run("share", "--by", "year", "--weight", "downloads");
    assertEquals(0, r.exitCode(), r.toString());
    assertTrue(r.out().contains("method: default 0.3.0; weighted by downloads; 4 documents with downloads, 3 naming a "
        + "framework"), r.out());
    assertTrue(r.out().contains("interval: bootstrap-1000 (percentile bootstrap over documents, 95%, seeded)"), r.out());
    Cli.Result bad = new Cli(dataDir).run("share", "--by", "year", "--weight", "stars");
    assertEquals(2, bad.exitCode(), bad.toString());
    assertTrue(bad.err().contains("--weight 'stars': expected none or downloads"), bad.err());
    // The plain share is as it was.
    Cli.Result plain = new Cli(dataDir).run("share", "--by", "year", "--format", "csv");
    assertEquals(0, plain.exitCode(), plain.toString());
    assertTrue(plain.out().contains("2024,tensorflow,2,5,4,0.5,default 0.3.0,"), plain.out());
  }
}
