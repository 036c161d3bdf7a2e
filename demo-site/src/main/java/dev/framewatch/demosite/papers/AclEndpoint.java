package dev.framewatch.demosite.papers;

import static dev.framewatch.demosite.http.SiteResponses.escape;

import dev.framewatch.demosite.http.SiteResponses;
import dev.framewatch.fakeserver.Dispatcher;
import dev.framewatch.fakeserver.FakeResponse;
import dev.framewatch.fakeserver.RecordedRequest;
import java.util.List;
import java.util.Map;

/**
 * The ACL Anthology's per-collection XML, {@code /data/xml/2024.acl.xml}: long and short paper volumes. The demo's PDFs are
 * served by the demo site (the real ones live on aclanthology.org), so each paper's {@code <url>} is the PDF's full URL, as
 * the Anthology does for papers hosted elsewhere.
 */
final class AclEndpoint implements Dispatcher {
  static final String PATH = "/data/xml/";
  private final Map<String, List<DemoPaper>> byCollection;

  AclEndpoint(List<DemoPaper> papers) {
    this.byCollection = DemoPaper.group(papers, DemoPaper.Site.ACL, p -> p.year() + ".acl");
  }

  @Override
  public FakeResponse dispatch(RecordedRequest request) {
    String file = request.path().substring(PATH.length());
    String collection = file.endsWith(".xml") ? file.substring(0, file.length() - 4) : null;
    List<DemoPaper> papers = collection == null ? null : byCollection.get(collection);
    return papers == null ? SiteResponses.notFound()
        : SiteResponses.xml("application/xml", collection(collection, papers, request.baseUrl()));
  }

  private static String collection(String collection, List<DemoPaper> papers, String baseUrl) {
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
    return sb.append("</collection>\n").toString();
  }
}
