package dev.framewatch.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryStringTest {
  @Test
  void sortedEncodedAndReadable() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("where", "venue:cvpr AND title:\"deep learning\"");
    p.put("frameworks", "pytorch,tensorflow");
    p.put("a b", "x&y=z/é+");
    assertEquals("a%20b=x%26y%3Dz/%C3%A9%2B&frameworks=pytorch,tensorflow&where=venue:cvpr%20AND%20title:%22deep%20learning%22",
        QueryString.of(p));
  }

  @Test
  void aPathWithoutParametersStaysBare() {
    assertEquals("/documents", QueryString.url("/documents", Map.of()));
    assertEquals("/documents?framework=pytorch&venue=cvpr", QueryString.url("/documents",
        Map.of("venue", "cvpr", "framework", "pytorch")));
    assertEquals("", QueryString.of(Map.of()));
  }
}
