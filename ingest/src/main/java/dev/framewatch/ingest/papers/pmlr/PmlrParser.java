package dev.framewatch.ingest.papers.pmlr;

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
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A PMLR volume page ({@code proceedings.mlr.press/v202/}): one {@code <div class="paper">} per paper with
 * {@code <p class="title">}, {@code <span class="authors">} (names joined by {@code ,&nbsp;}) and {@code <p class="links">}
 * ({@code abs}, {@code Download PDF}, {@code Supplementary PDF}, {@code Software}). The source id is the abstract page's
 * name ({@code v202/kim23a.html} gives {@code kim23a}).
 */
public final class PmlrParser {
  public static final String SOURCE = "pmlr";

  private PmlrParser() {}

  public static PaperPage parseVolume(String html, URI pageUrl, PaperContext ctx) throws MalformedResponseException {
    Document doc = HtmlPages.parseComplete(html, pageUrl);
    List<Element> entries = HtmlPages.entries(doc, "div.paper", "<div class=\"paper\">");
    List<Paper> papers = new ArrayList<>();
    List<PaperPage.Rejected> rejected = new ArrayList<>();
    for (Element div : entries) {
      try {
        papers.add(toPaper(div, ctx));
      } catch (InvalidRecordException e) {
        rejected.add(new PaperPage.Rejected(e.getMessage(), div.outerHtml()));
      }
    }
    return new PaperPage(papers, rejected, PaperPage.UNPAGED);
  }

  private static Paper toPaper(Element div, PaperContext ctx) {
    String abs = null;
    String pdf = null;
    String supp = null;
    String code = null;
    for (Element a : div.select("p.links a[href]")) {
      String label = a.text().trim().toLowerCase(Locale.ROOT);
      String href = a.absUrl("href");
      if (label.equals("abs")) {
        abs = href;
      } else if (label.contains("download pdf")) {
        pdf = href;
      } else if (label.startsWith("supplementary")) {
        supp = supp == null ? href : supp;
      } else if (label.equals("software") || label.equals("code")) {
        code = href;
      }
    }
    String idSource = abs != null ? abs : pdf;
    String sourceId = null;
    if (idSource != null) {
      String path = URI.create(idSource).getPath();
      String name = path.substring(path.lastIndexOf('/') + 1);
      sourceId = name.replaceFirst("\\.(html|pdf)$", "");
    }
    Element authors = div.selectFirst("span.authors");
    Element title = div.selectFirst("p.title");
    Map<String, JsonNode> extra = new LinkedHashMap<>();
    Element info = div.selectFirst("span.info");
    if (info != null && Papers.clean(info.text()) != null) {
      extra.put("info", TextNode.valueOf(Papers.clean(info.text())));
    }
    return Papers.paper(SOURCE, ctx, ctx.year(), sourceId, title == null ? null : title.text(),
        authors == null ? List.of() : Papers.splitAuthors(authors.text()), List.of(), List.of(), null,
        Papers.links("pdf", pdf, "page", abs, "code", code, "supp", supp), extra);
  }
}
