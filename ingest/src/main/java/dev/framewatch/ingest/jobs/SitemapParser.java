package dev.framewatch.ingest.jobs;

import dev.framewatch.ingest.crawl.MalformedResponseException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Sitemaps (sitemaps.org): {@code <urlset><url><loc>} lists pages, {@code <sitemapindex><sitemap><loc>} lists sitemaps. */
public final class SitemapParser {
  /** The page URLs and the nested sitemap URLs of one sitemap, resolved against its URL. */
  public record Sitemap(List<URI> pages, List<URI> sitemaps) {
    public Sitemap {
      pages = List.copyOf(pages);
      sitemaps = List.copyOf(sitemaps);
    }
  }

  private SitemapParser() {}

  /** Whether a fetched seed is a sitemap rather than a page: an XML body whose root is {@code urlset} or {@code sitemapindex}. */
  public static boolean isSitemap(String body) {
    String head = body.length() > 2048 ? body.substring(0, 2048) : body;
    head = head.toLowerCase(Locale.ROOT);
    return head.contains("<urlset") || head.contains("<sitemapindex");
  }

  public static Sitemap parse(String xml, URI base) throws MalformedResponseException {
    if (!isSitemap(xml)) {
      throw new MalformedResponseException("not a sitemap: no <urlset> or <sitemapindex> element");
    }
    Document doc = Jsoup.parse(xml, base.toString(), Parser.xmlParser());
    List<URI> pages = new ArrayList<>();
    List<URI> sitemaps = new ArrayList<>();
    for (Element loc : doc.select("url > loc")) {
      add(pages, base, loc.text());
    }
    for (Element loc : doc.select("sitemap > loc")) {
      add(sitemaps, base, loc.text());
    }
    return new Sitemap(pages, sitemaps);
  }

  private static void add(List<URI> out, URI base, String loc) {
    String s = loc.trim();
    if (s.isEmpty()) {
      return;
    }
    try {
      URI u = base.resolve(URI.create(s));
      if (!out.contains(u)) {
        out.add(u);
      }
    } catch (IllegalArgumentException e) {
      // an unusable <loc> is skipped; the rest of the sitemap still counts
    }
  }
}
