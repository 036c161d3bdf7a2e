package dev.framewatch.ingest.papers.arxiv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.framewatch.core.record.InvalidRecordException;
import dev.framewatch.core.record.Paper;
import dev.framewatch.ingest.crawl.MalformedResponseException;
import dev.framewatch.ingest.papers.PaperContext;
import dev.framewatch.ingest.papers.PaperPage;
import dev.framewatch.ingest.papers.Papers;
import dev.framewatch.ingest.papers.XmlDocs;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The arXiv API's Atom feed ({@code /api/query}): one paper per {@code <entry>}, paged by {@code opensearch:totalResults}.
 *
 * <p>Ids drop the version ({@code 2401.01234v2} becomes {@code paper:arxiv:2024:2401.01234}) so a new version replaces the old
 * record in the compacted topic; the version is kept in {@code extra.arxiv_version}. The year is the year of
 * {@code <published>} (the first version), in UTC. The API reports a bad query as a feed with one entry whose id is under
 * {@code /api/errors}; that is a parse failure with the API's message.
 */
public final class ArxivAtomParser {
  public static final String SOURCE = "arxiv";
  public static final String VENUE = "arxiv";
  static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String OPENSEARCH = "http://a9.com/-/spec/opensearch/1.1/";
  static final String ARXIV = "http://arxiv.org/schemas/atom";
  private static final Pattern ABS_ID = Pattern.compile("/abs/(.+?)(?:v(\\d+))?$");

  private ArxivAtomParser() {}

  public static PaperPage parse(String body, PaperContext ctx) throws MalformedResponseException {
    Document doc = XmlDocs.parse(body);
    Element feed = doc.getDocumentElement();
    if (!"feed".equals(feed.getLocalName()) || !ATOM.equals(feed.getNamespaceURI())) {
      throw new MalformedResponseException("not an Atom feed: root element is <" + feed.getTagName() + ">");
    }
    List<Element> entries = XmlDocs.children(feed, ATOM, "entry");
    for (Element entry : entries) {
      String id = XmlDocs.childText(entry, ATOM, "id");
      if (id != null && id.contains("/api/errors")) {
        throw new MalformedResponseException("arXiv API error: " + Papers.clean(XmlDocs.childText(entry, ATOM, "summary")));
      }
    }
    String totalText = XmlDocs.childText(feed, OPENSEARCH, "totalResults");
    if (totalText == null) {
      throw new MalformedResponseException("Atom feed has no opensearch:totalResults");
    }
    long total;
    try {
      total = Long.parseLong(totalText.trim());
    } catch (NumberFormatException e) {
      throw new MalformedResponseException("opensearch:totalResults is not a number: \"" + totalText.trim() + "\"");
    }
    List<Paper> papers = new ArrayList<>();
    List<PaperPage.Rejected> rejected = new ArrayList<>();
    for (Element entry : entries) {
      try {
        papers.add(toPaper(entry, ctx));
      } catch (InvalidRecordException e) {
        rejected.add(new PaperPage.Rejected(e.getMessage(), XmlDocs.outerXml(entry)));
      }
    }
    return new PaperPage(papers, rejected, total);
  }

  static Paper toPaper(Element entry, PaperContext ctx) {
    String idUrl = Papers.clean(XmlDocs.childText(entry, ATOM, "id"));
    if (idUrl == null) {
      throw new InvalidRecordException("id", "entry has no <id>");
    }
    Matcher m = ABS_ID.matcher(idUrl);
    if (!m.find()) {
      throw new InvalidRecordException("id", "not an arXiv abstract URL: \"" + idUrl + "\"");
    }
    String arxivId = m.group(1);
    String published = Papers.clean(XmlDocs.childText(entry, ATOM, "published"));
    Integer year = null;
    if (published != null) {
      try {
        year = OffsetDateTime.parse(published).withOffsetSameInstant(ZoneOffset.UTC).getYear();
      } catch (DateTimeParseException e) {
        throw new InvalidRecordException("published", "not an ISO-8601 timestamp: \"" + published + "\"");
      }
    } else {
      year = ctx.year();
    }
    List<String> authors = new ArrayList<>();
    List<String> affiliations = new ArrayList<>();
    for (Element author : XmlDocs.children(entry, ATOM, "author")) {
      String name = Papers.clean(XmlDocs.childText(author, ATOM, "name"));
      if (name != null) {
        authors.add(name);
      }
      for (Element aff : XmlDocs.children(author, ARXIV, "affiliation")) {
        String a = Papers.clean(aff.getTextContent());
        if (a != null && !affiliations.contains(a)) {
          affiliations.add(a);
        }
      }
    }
    String pdf = null;
    String page = null;
    for (Element link : XmlDocs.children(entry, ATOM, "link")) {
      if ("pdf".equals(link.getAttribute("title"))) {
        pdf = link.getAttribute("href");
      } else if ("alternate".equals(link.getAttribute("rel"))) {
        page = link.getAttribute("href");
      }
    }
    String summary = XmlDocs.childText(entry, ATOM, "summary");
    String comment = Papers.clean(XmlDocs.childText(entry, ARXIV, "comment"));
    String code = Papers.codeLink(comment, summary).orElse(null);

    Map<String, JsonNode> extra = new LinkedHashMap<>();
    extra.put("arxiv_id", TextNode.valueOf(arxivId));
    if (m.group(2) != null) {
      extra.put("arxiv_version", JsonNodeFactory.instance.numberNode(Integer.parseInt(m.group(2))));
    }
    Element primary = XmlDocs.child(entry, ARXIV, "primary_category");
    if (primary != null) {
      extra.put("primary_category", TextNode.valueOf(primary.getAttribute("term")));
    }
    ArrayNode categories = JsonNodeFactory.instance.arrayNode();
    XmlDocs.children(entry, ATOM, "category").forEach(c -> categories.add(c.getAttribute("term")));
    extra.put("categories", categories);
    if (published != null) {
      extra.put("published", TextNode.valueOf(published));
    }
    putText(extra, "updated", XmlDocs.childText(entry, ATOM, "updated"));
    putText(extra, "comment", comment);
    putText(extra, "journal_ref", XmlDocs.childText(entry, ARXIV, "journal_ref"));
    putText(extra, "doi", XmlDocs.childText(entry, ARXIV, "doi"));
    return Papers.paper(SOURCE, ctx, year, arxivId, XmlDocs.childText(entry, ATOM, "title"), authors, affiliations,
        List.of(), summary, Papers.links("pdf", pdf, "page", page, "code", code), extra);
  }

  private static void putText(Map<String, JsonNode> extra, String key, String value) {
    String v = Papers.clean(value);
    if (v != null) {
      extra.put(key, TextNode.valueOf(v));
    }
  }
}
