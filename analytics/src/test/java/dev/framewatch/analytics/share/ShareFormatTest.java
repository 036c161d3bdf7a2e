package dev.framewatch.analytics.share;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.framewatch.index.count.Dimension;
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
        source       year  framework   count  share  of (any fw)  documents
        -----------  ----  ----------  -----  -----  -----------  ---------
        huggingface  2020  pytorch        30  75.0%           40         50
        huggingface  2020  tensorflow     12  30.0%           40         50
        papers, cvf  -     jax             1  33.3%            3          3
        method: default 0.1.0; 53 documents, 43 naming a framework
        """,
        ShareFormat.table(COUNTS));
  }

  @Test
  void csvQuotesAndOmitsNothing() {
    assertEquals(
        """
        source,year,framework,count,documents,documents_any_framework,share,method
        huggingface,2020,pytorch,30,50,40,0.75,default 0.1.0
        huggingface,2020,tensorflow,12,50,40,0.3,default 0.1.0
        "papers, cvf",,jax,1,3,3,0.333333,default 0.1.0
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
        + "\"documents_any_framework\":40,\"share\":0.75}", first.toString());
    assertEquals(true, root.get("rows").get(2).get("year").isNull());
    assertEquals(53, root.at("/totals/documents").asLong());
  }
}
