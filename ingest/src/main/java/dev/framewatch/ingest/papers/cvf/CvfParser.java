package dev.framewatch.ingest.papers.cvf;

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
 * CVF open access ({@code openaccess.thecvf.com}): the conference listing ({@code /CVPR2023?day=all}), where each paper is a
 * {@code <dt class="ptitle">} followed by a {@code <dd>} of author search forms and a {@code <dd>} of links, and the paper's
 * own page, which holds {@code <div id="abstract">}. The source id is the page's file name without {@code _paper.html}
 * (e.g. {@code Chen_Some_Title_CVPR_2023}).
 */
public final class CvfParser {
  public static final String SOURCE = "cvf";

  private CvfParser() {}

  public static PaperPage parseListing(String html, URI pageUrl, PaperContext ctx) throws MalformedResponseException {
    Document doc = HtmlPages.parseComplete(html, pageUrl);
    List<Element> titles = HtmlPages.entries(doc, "dt.ptitle", "<dt class=\"ptitle\">");
    List<Paper> papers = new ArrayList<>();
    List<PaperPage.Rejected> rejected = new ArrayList<>();
    for (Element dt : titles) {
      List<Element> dds = new ArrayList<>();
      for (Element s = dt.nextElementSibling(); s != null && s.tagName().equals("dd"); s = s.nextElementSibling()) {
        dds.add(s);
      }
      try {
        papers.add(toPaper(dt, dds, ctx));
      } catch (InvalidRecordException e) {
        StringBuilder input = new StringBuilder(dt.outerHtml());
        dds.forEach(dd -> input.append('\n').append(dd.outerHtml()));
        rejected.add(new PaperPage.Rejected(e.getMessage(), input.toString()));
      }
    }
    return new PaperPage(papers, rejected, PaperPage.UNPAGED);
  }

  private static Paper toPaper(Element dt, List<Element> dds, PaperContext ctx) {
    Element a = dt.selectFirst("a[href]");
    if (a == null) {
      throw new InvalidRecordException("title", "listing entry has no link to a paper page");
    }
    String page = a.absUrl("href");
    String file = a.attr("href");
    file = file.substring(file.lastIndexOf('/') + 1);
    String sourceId = file.replaceFirst("(_paper)?\\.html?$", "");
    List<String> authors = new ArrayList<>();
    String pdf = null;
    Map<String, String> more = new LinkedHashMap<>();
    if (!dds.isEmpty()) {
      Element authorDd = dds.get(0);
      List<Element> forms = authorDd.select("form.authsearch");
      if (!forms.isEmpty()) {
        for (Element form : forms) {
          Element name = form.selectFirst("a");
          String n = Papers.clean(name != null ? name.text() : form.select("input[name=query_author]").attr("value"));
          if (n != null) {
            authors.add(n);
          }
        }
      } else {
        authors.addAll(Papers.splitAuthors(authorDd.text()));
      }
    }
    for (int i = 1; i < dds.size(); i++) {
      for (Element link : dds.get(i).select("a[href]")) {
        String label = link.text().trim().toLowerCase(Locale.ROOT);
        String href = link.absUrl("href");
        if (href.isEmpty()) {
          continue;
        }
        if (label.equals("pdf") && pdf == null) {
          pdf = href;
        } else if (label.equals("supp") || label.equals("arxiv") || label.equals("video") || label.equals("code")) {
          more.putIfAbsent(label, href);
        }
      }
    }
    Map<String, JsonNode> extra = new LinkedHashMap<>();
    extra.put("cvf_id", TextNode.valueOf(sourceId));
    Map<String, String> links = Papers.links("pdf", pdf, "page", page);
    links.putAll(more);
    return Papers.paper(SOURCE, ctx, ctx.year(), sourceId, a.text(), authors, List.of(), List.of(), null, links, extra);
  }

  /** The abstract of a paper's own page ({@code <div id="abstract">}). */
  public static String parseAbstract(String html, URI pageUrl) throws MalformedResponseException {
    Document doc = HtmlPages.parseComplete(html, pageUrl);
    Element div = doc.getElementById("abstract");
    if (div == null) {
      throw new MalformedResponseException("paper page has no <div id=\"abstract\">");
    }
    String text = Papers.clean(div.text());
    if (text == null) {
      throw new MalformedResponseException("paper page has an empty <div id=\"abstract\">");
    }
    return text;
  }
}
