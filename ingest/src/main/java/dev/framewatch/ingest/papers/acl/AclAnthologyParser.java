package dev.framewatch.ingest.papers.acl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.framewatch.core.record.InvalidRecordException;
import dev.framewatch.core.record.Paper;
import dev.framewatch.ingest.crawl.MalformedResponseException;
import dev.framewatch.ingest.papers.PaperContext;
import dev.framewatch.ingest.papers.PaperPage;
import dev.framewatch.ingest.papers.Papers;
import dev.framewatch.ingest.papers.XmlDocs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * An ACL Anthology collection file ({@code data/xml/<collection>.xml} in acl-org/acl-anthology): {@code <collection id>}
 * holding {@code <volume id>}s, each with {@code <meta>} and {@code <paper id>}s. A paper's Anthology id is
 * {@code <collection>-<volume>.<paper>} (e.g. {@code 2023.acl-long.1}); its PDF is {@code https://aclanthology.org/<id>.pdf}.
 * Titles and abstracts are flattened ({@code <fixed-case>}, {@code <tex-math>}, {@code <url>} become their text); front matter
 * is skipped. Authors' {@code <affiliation>}s are kept when the file has them.
 */
public final class AclAnthologyParser {
  public static final String SOURCE = "acl-anthology";
  public static final String SITE = "https://aclanthology.org/";
  /** The {@code <url>} of an Anthology-hosted paper is its id; external papers give a full URL instead. */
  private static final Pattern ANTHOLOGY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]*");

  private AclAnthologyParser() {}

  public static PaperPage parse(String body, PaperContext ctx) throws MalformedResponseException {
    Document doc = XmlDocs.parse(body);
    Element collection = doc.getDocumentElement();
    if (!"collection".equals(collection.getLocalName())) {
      throw new MalformedResponseException("not an ACL Anthology collection: root element is <" + collection.getTagName() + ">");
    }
    String collectionId = collection.getAttribute("id");
    List<Element> volumes = XmlDocs.children(collection, null, "volume");
    if (volumes.isEmpty()) {
      throw new MalformedResponseException("collection " + collectionId + " has no <volume>");
    }
    List<Paper> papers = new ArrayList<>();
    List<PaperPage.Rejected> rejected = new ArrayList<>();
    for (Element volume : volumes) {
      Element meta = XmlDocs.child(volume, null, "meta");
      Integer year = ctx.year();
      String booktitle = null;
      if (meta != null) {
        booktitle = Papers.clean(XmlDocs.childText(meta, null, "booktitle"));
        String y = Papers.clean(XmlDocs.childText(meta, null, "year"));
        if (y != null && y.matches("\\d{4}")) {
          year = Integer.parseInt(y);
        }
      }
      for (Element paper : XmlDocs.children(volume, null, "paper")) {
        try {
          papers.add(toPaper(paper, collectionId, volume.getAttribute("id"), booktitle, year, ctx));
        } catch (InvalidRecordException e) {
          rejected.add(new PaperPage.Rejected(e.getMessage(), XmlDocs.outerXml(paper)));
        }
      }
    }
    return new PaperPage(papers, rejected, PaperPage.UNPAGED);
  }

  private static Paper toPaper(Element paper, String collectionId, String volumeId, String booktitle, Integer year,
      PaperContext ctx) {
    String url = Papers.clean(XmlDocs.childText(paper, null, "url"));
    String anthologyId;
    String pdf;
    if (url != null && ANTHOLOGY_ID.matcher(url).matches()) {
      anthologyId = url;
      pdf = SITE + anthologyId + ".pdf";
    } else {
      anthologyId = collectionId + "-" + volumeId + "." + paper.getAttribute("id");
      pdf = url; // hosted elsewhere, or not at all
    }
    List<String> authors = new ArrayList<>();
    List<String> affiliations = new ArrayList<>();
    for (Element author : XmlDocs.children(paper, null, "author")) {
      String first = Papers.clean(XmlDocs.childText(author, null, "first"));
      String last = Papers.clean(XmlDocs.childText(author, null, "last"));
      String name = Papers.clean((first == null ? "" : first) + " " + (last == null ? "" : last));
      if (name != null) {
        authors.add(name);
      }
      String aff = Papers.clean(XmlDocs.childText(author, null, "affiliation"));
      if (aff != null && !affiliations.contains(aff)) {
        affiliations.add(aff);
      }
    }
    String abstractText = XmlDocs.childText(paper, null, "abstract");
    Map<String, JsonNode> extra = new LinkedHashMap<>();
    extra.put("anthology_id", TextNode.valueOf(anthologyId));
    extra.put("volume", TextNode.valueOf(volumeId));
    if (booktitle != null) {
      extra.put("booktitle", TextNode.valueOf(booktitle));
    }
    String doi = Papers.clean(XmlDocs.childText(paper, null, "doi"));
    if (doi != null) {
      extra.put("doi", TextNode.valueOf(doi));
    }
    return Papers.paper(SOURCE, ctx, year, anthologyId, XmlDocs.childText(paper, null, "title"), authors, affiliations,
        List.of(), abstractText,
        Papers.links("pdf", pdf, "page", SITE + anthologyId + "/", "code", Papers.codeLink(abstractText).orElse(null)),
        extra);
  }
}
