package dev.framewatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.app.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code share --method horace-2019 --by venue,year} on a corpus in the import format gives the counts that method defines,
 * from the same index as the default method (both are in {@code method.indexed}), through the real broker and index.
 */
class MethodShareIT {
  @TempDir Path dir;

  private static String paper(String id, String venue, int year, String text, String affiliation, String email) {
    return "{\"id\":\"" + id + "\",\"kind\":\"paper\",\"source\":\"test\",\"title\":\"Paper " + id + "\",\"venue\":\""
        + venue + "\",\"year\":" + year + ",\"text\":\"" + text + "\""
        + (affiliation == null ? "" : ",\"affiliations\":[\"" + affiliation + "\"]")
        + (email == null ? "" : ",\"emails\":[\"" + email + "\"]") + "}";
  }

  @Test
  void horace2019CountsFromTheSameIndexAsTheDefault() throws Exception {
    Path file = dir.resolve("papers.jsonl");
    Files.write(file, List.of(
        paper("c1", "CVPR", 2018, "implemented in pytorch", null, null),
        paper("c2", "CVPR", 2018, "we use tensorflow", null, null),
        paper("c3", "CVPR", 2018, "tensorflow and pytorch baselines", null, null),    // both: horace drops it
        paper("c4", "CVPR", 2018, "tensorflow", "Google Brain", null),                // horace: excluded
        paper("c5", "CVPR", 2018, "a keras model", null, null),                       // horace: tensorflow
        paper("i1", "ICLR", 2019, "code: torchvision models", null, null),
        paper("i2", "ICLR", 2019, "pytorch", null, "fb.com"),                         // horace: excluded
        paper("i3", "ICLR", 2019, "built with PyTorchVideo", null, null),             // horace only (substring)
        paper("i4", "ICLR", 2019, "no framework at all", null, null)));
    Cli cli = new Cli(dir.resolve("data"));
    assertEquals(0, cli.run("import", "paper", file.toString()).exitCode());
    assertEquals(0, cli.run("index", "--until-caught-up").exitCode());

    Cli.Result horace = cli.run("share", "--by", "venue,year", "--method", "horace-2019", "--format", "csv");
    assertEquals(0, horace.exitCode(), horace.toString());
    assertEquals("""
        venue,year,framework,count,documents,documents_any_framework,share,method,share_low,share_high,weight
        cvpr,2018,pytorch,1,4,3,0.333333,horace-2019 1.0.0,0.061492,0.79234,1
        cvpr,2018,tensorflow,2,4,3,0.666667,horace-2019 1.0.0,0.20766,0.938508,2
        iclr,2019,pytorch,2,3,2,1,horace-2019 1.0.0,0.34238,1,2
        """, horace.out());

    Cli.Result byDefault = cli.run("share", "--by", "venue,year", "--format", "csv");
    assertEquals(0, byDefault.exitCode(), byDefault.toString());
    assertEquals("""
        venue,year,framework,count,documents,documents_any_framework,share,method,share_low,share_high,weight
        cvpr,2018,pytorch,2,5,5,0.4,default 0.3.0,0.117621,0.769276,2
        cvpr,2018,tensorflow,3,5,5,0.6,default 0.3.0,0.230724,0.882379,3
        cvpr,2018,keras,1,5,5,0.2,default 0.3.0,0.036224,0.624465,1
        iclr,2019,pytorch,2,4,2,1,default 0.3.0,0.34238,1,2
        """, byDefault.out());

    // The same index, as a trend: 2018 (CVPR) to 2019 (ICLR), every document a paper, so per kind and overall agree.
    // By hand: Wilson 2/5 = [0.1176, 0.7693], 2/2 = [0.3424, 1]; L = 0.6 - sqrt(0.6576^2 + 0.3693^2) = -0.1542.
    Cli.Result trend = cli.run("trend", "--period", "year", "--frameworks", "pytorch,tensorflow", "--format", "csv");
    assertEquals(0, trend.exitCode(), trend.toString());
    assertEquals("""
        series,framework,from,to,share_from,trials_from,share_to,trials_to,change,change_low,change_high,method
        paper,pytorch,2018,2019,0.4,5,1,2,0.6,-0.154207,0.882379,default 0.3.0
        paper,tensorflow,2018,2019,0.6,5,0,2,-0.6,-0.882379,0.154207,default 0.3.0
        all,pytorch,2018,2019,0.4,5,1,2,0.6,-0.154207,0.882379,default 0.3.0
        all,tensorflow,2018,2019,0.6,5,0,2,-0.6,-0.882379,0.154207,default 0.3.0
        """, trend.out());

    Cli.Result unknown = cli.run("share", "--by", "venue", "--method", "nonesuch");
    assertEquals(2, unknown.exitCode(), unknown.toString());
    assertTrue(unknown.err().contains("method 'nonesuch': no such method (shipped: default, horace-2019)"), unknown.err());
  }
}
