package dev.framewatch.app.demo;

import static dev.framewatch.app.demo.Responses.escape;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ACL Anthology's per-collection XML, {@code /data/xml/2024.acl.xml}: long and short paper volumes. The demo's PDFs are
 * served by the demo site (the real ones live on aclanthology.org), so each paper's {@code <url>} is the PDF's full URL, as
 * the Anthology does for papers hosted elsewhere.
 */
final class AclEndpoint implements DemoEndpoint {
  private final Map<String, List<DemoPaper>> byCollection = new LinkedHashMap<>();

  AclEndpoint(List<DemoPaper> papers) {
    for (DemoPaper p : papers) {
      if (p.site() == DemoPaper.Site.ACL) {
        byCollection.computeIfAbsent(p.year() + ".acl", k -> new ArrayList<>()).add(p);
      }
    }
  }

  @Override
  public String path() {
    return "/data/xml/";
  }

  @Override
  public String source() {
    return "papers";
  }

  @Override
  public void handle(HttpExchange exchange, String baseUrl) throws IOException {
    String file = exchange.getRequestURI().getPath().substring(path().length());
    List<DemoPaper> papers = file.endsWith(".xml") ? byCollection.get(file.substring(0, file.length() - 4)) : null;
    if (papers == null) {
      Responses.notFound(exchange);
      return;
    }
    String collection = file.substring(0, file.length() - 4);
    int year = papers.get(0).year();
    StringBuilder sb = new StringBuilder("<?xml version='1.0' encoding='UTF-8'?>\n<collection id=\"" + collection + "\">\n");
    for (String volume : List.of("long", "short")) {
      sb.append("  <volume id=\"").append(volume).append("\" type=\"proceedings\">\n    <meta>\n      <booktitle>Proceedings of ")
          .append("the Annual Meeting of the Association for Computational Linguistics (").append(volume)
          .append(" papers)</booktitle>\n      <year>").append(year).append("</year>\n      <venue>acl</venue>\n    </meta>\n");
      for (DemoPaper p : papers) {
        String prefix = collection + "-" + volume + ".";
        if (!p.sourceId().startsWith(prefix)) {
          continue;
        }
        sb.append("    <paper id=\"").append(p.sourceId().substring(prefix.length())).append("\">\n      <title>")
            .append(escape(p.title())).append("</title>\n");
        for (String a : p.authors()) {
          int space = a.indexOf(' ');
          sb.append("      <author><first>").append(escape(a.substring(0, space))).append("</first><last>")
              .append(escape(a.substring(space + 1))).append("</last></author>\n");
        }
        sb.append("      <abstract>").append(escape(p.abstractText())).append("</abstract>\n      <url>").append(baseUrl)
            .append("/pdf/").append(p.pdfKey()).append(".pdf</url>\n    </paper>\n");
      }
      sb.append("  </volume>\n");
    }
    Responses.xml(exchange, "application/xml", sb.append("</collection>\n").toString());
  }
}
