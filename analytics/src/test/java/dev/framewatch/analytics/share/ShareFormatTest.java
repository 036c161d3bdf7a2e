package dev.framewatch.analytics.share;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.count.ShareCounts;
import dev.framewatch.index.count.ShareRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShareFormatTest {
  private static Map<String, String> group(String source, String year) {
    Map<String, String> g = new LinkedHashMap<>();
    g.put("source", source);
    g.put("year", year);
    return g;
  }

  private static final ShareCounts COUNTS = new ShareCounts(
      List.of(Dimension.SOURCE, Dimension.YEAR), null, "default", "0.1.0",
      List.of(
          new ShareRow(group("huggingface", "2020"), "pytorch", 30, 50, 40),
          new ShareRow(group("huggingface", "2020"), "tensorflow", 12, 50, 40),
          new ShareRow(group("papers, cvf", ""), "jax", 1, 3, 3)),
      53, 43);

  @Test
  void tablePinsLayout() {
    assertEquals(
        """
        source       year  framework   count  share     95% CI  of (any fw)  documents
        -----------  ----  ----------  -----  -----  ---------  -----------  ---------
        huggingface  2020  pytorch        30  75.0%  59.8-85.8           40         50
        huggingface  2020  tensorflow     12  30.0%  18.1-45.4           40         50
        papers, cvf  -     jax             1  33.3%   6.1-79.2            3          3
        method: default 0.1.0; 53 documents, 43 naming a framework

        source       year  coverage      95% CI  PT/(PT+TF)    95% CI
        -----------  ----  --------  ----------  ----------  ---------
        huggingface  2020     80.0%   67.0-88.8       71.4%  56.4-82.8
        papers, cvf  -       100.0%  43.9-100.0           -          -
        coverage: documents naming any framework / all documents; intervals: Wilson score, 95%
        """,
        ShareFormat.table(COUNTS));
  }

  @Test
  void csvQuotesAndOmitsNothing() {
    assertEquals(
        """
        source,year,framework,count,documents,documents_any_framework,share,method,share_low,share_high,weight
        huggingface,2020,pytorch,30,50,40,0.75,default 0.1.0,0.59806,0.858129,30
        huggingface,2020,tensorflow,12,50,40,0.3,default 0.1.0,0.180748,0.4543,12
        "papers, cvf",,jax,1,3,3,0.333333,default 0.1.0,0.061492,0.79234,1
        """,
        ShareFormat.csv(COUNTS));
  }

  @Test
  void jsonHasTheContractFields() throws Exception {
    var root = dev.framewatch.core.json.Json.mapper().readTree(ShareFormat.json(COUNTS));
    assertEquals("default", root.at("/method/name").asText());
    assertEquals("0.1.0", root.at("/method/version").asText());
    assertEquals(3, root.get("rows").size());
    var first = root.get("rows").get(0);
    assertEquals("{\"source\":\"huggingface\",\"year\":2020,\"framework\":\"pytorch\",\"count\":30,\"documents\":50,"
        + "\"documents_any_framework\":40,\"share\":0.75,\"share_low\":0.59806,\"share_high\":0.858129}", first.toString());
    var group = root.get("groups").get(0);
    assertEquals("{\"group\":{\"source\":\"huggingface\",\"year\":2020},\"documents\":50,\"documents_any_framework\":40,"
        + "\"coverage\":{\"value\":0.8,\"low\":0.669629,\"high\":0.887562},"
        + "\"pytorch_ratio\":{\"value\":0.714286,\"low\":0.564328,\"high\":0.82833}}", group.toString());
    assertEquals(true, root.get("groups").get(1).get("pytorch_ratio").isNull());
    assertEquals(0.811321, root.at("/totals/coverage/value").asDouble());
    assertEquals(true, root.get("rows").get(2).get("year").isNull());
    assertEquals(53, root.at("/totals/documents").asLong());
  }
}
