package dev.framewatch.ingest.papers.neurips;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.framewatch.core.record.InvalidRecordException;
import dev.framewatch.core.record.Paper;
import dev.framewatch.ingest.crawl.MalformedResponseException;
import dev.framewatch.ingest.papers.HtmlPages;
import dev.framewatch.ingest.papers.PaperContext;
import dev.framewatch.ingest.papers.PaperPage;
import dev.framewatch.ingest.papers.Papers;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The NeurIPS proceedings year listing ({@code /paper_files/paper/2023}): one {@code <li>} per paper with a link to
 * {@code .../hash/<hash>-Abstract[-<Track>].html} and the authors in {@code <i>} (older layout) or
 * {@code <span class="paper-authors">} (newer). The source id is the hash; the PDF is the same path under {@code /file/}
 * named {@code <hash>-Paper[-<Track>].pdf}. The track ({@code Conference}, {@code Datasets_and_Benchmarks}) goes to
 * {@code extra.track}.
 */
public final class NeuripsParser {
  public static final String SOURCE = "neurips";
  private static final Pattern ABSTRACT_LINK = Pattern.compile("^(.*)/hash/([0-9A-Za-z]+)-Abstract(?:-([A-Za-z_]+))?\\.html$");

  private NeuripsParser() {}

  public static PaperPage parseListing(String html, URI pageUrl, PaperContext ctx) throws MalformedResponseException {
    Document doc = HtmlPages.parseComplete(html, pageUrl);
    List<Paper> papers = new ArrayList<>();
    List<PaperPage.Rejected> rejected = new ArrayList<>();
    int found = 0;
    for (Element li : doc.select("li")) {
      Element a = li.selectFirst("a[href*=/hash/]");
      if (a == null) {
        continue;
      }
      Matcher m = ABSTRACT_LINK.matcher(a.attr("href"));
      if (!m.matches()) {
        continue;
      }
      found++;
      try {
        papers.add(toPaper(li, a, m, ctx));
      } catch (InvalidRecordException e) {
        rejected.add(new PaperPage.Rejected(e.getMessage(), li.outerHtml()));
      }
    }
    if (found == 0) {
      throw HtmlPages.noListing(doc, "no <li> links to a .../hash/...-Abstract.html page");
    }
    return new PaperPage(papers, rejected, PaperPage.UNPAGED);
  }

  private static Paper toPaper(Element li, Element a, Matcher m, PaperContext ctx) {
    String hash = m.group(2);
    String track = m.group(3);
    String pdfPath = m.group(1) + "/file/" + hash + "-Paper" + (track == null ? "" : "-" + track) + ".pdf";
    Element authorsEl = li.selectFirst("span.paper-authors");
    if (authorsEl == null) {
      authorsEl = li.selectFirst("i");
    }
    List<String> authors = authorsEl == null ? List.of() : Papers.splitAuthors(authorsEl.text());
    Map<String, JsonNode> extra = new LinkedHashMap<>();
    if (track != null) {
      extra.put("track", TextNode.valueOf(track));
    }
    return Papers.paper(SOURCE, ctx, ctx.year(), hash, a.text(), authors, List.of(), List.of(), null,
        Papers.links("pdf", a.absUrl("href").isEmpty() ? pdfPath : resolve(a, pdfPath), "page", a.absUrl("href")), extra);
  }

  private static String resolve(Element a, String path) {
    try {
      return URI.create(a.baseUri()).resolve(path).toString();
    } catch (IllegalArgumentException e) {
      return path;
    }
  }
}
