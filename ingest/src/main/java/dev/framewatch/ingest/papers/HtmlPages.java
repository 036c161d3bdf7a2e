package dev.framewatch.ingest.papers;

import dev.framewatch.ingest.crawl.MalformedResponseException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML for the listing upstreams. jsoup repairs anything, so a cut-off page would quietly yield a shorter listing; the
 * proceedings sites all end their pages with {@code </html>}, so a page without it is treated as truncated.
 */
public final class HtmlPages {
  private HtmlPages() {}

  public static Document parseComplete(String html, URI pageUrl) throws MalformedResponseException {
    if (html == null || html.isBlank()) {
      throw new MalformedResponseException("empty response, expected an HTML page");
    }
    if (!html.toLowerCase(Locale.ROOT).contains("</html>")) {
      throw new MalformedResponseException("HTML page is truncated (no closing </html>) after " + html.length() + " characters");
    }
    return Jsoup.parse(html, pageUrl == null ? "" : pageUrl.toString());
  }

  /**
   * A listing page's entries: what {@code selector} selects.
   *
   * @param element how the failure names what the page lacks, e.g. {@code <div class="paper">}
   * @throws MalformedResponseException when there is none (a page that is not the listing), naming the page by its title
   */
  public static List<Element> entries(Document doc, String selector, String element) throws MalformedResponseException {
    List<Element> entries = doc.select(selector);
    if (entries.isEmpty()) {
      throw noListing(doc, "the page has no " + element);
    }
    return entries;
  }

  /** That {@code doc} is not a listing: {@code why}, and the page's title. */
  public static MalformedResponseException noListing(Document doc, String why) {
    return new MalformedResponseException("no paper listing: " + why + " (" + Papers.excerpt(Papers.clean(doc.title()), 200)
        + ")");
  }
}
