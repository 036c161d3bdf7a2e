package dev.framewatch.ingest.papers;

import dev.framewatch.ingest.crawl.MalformedResponseException;
import java.net.URI;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

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
}
