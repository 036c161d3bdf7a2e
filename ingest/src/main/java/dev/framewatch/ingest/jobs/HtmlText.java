package dev.framewatch.ingest.jobs;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text of an HTML job description: one line per block (paragraph, list item, heading, {@code <br>}), whitespace inside a
 * line collapsed, blank lines dropped. HTML that arrives entity-escaped ({@code &lt;p&gt;...}, as Greenhouse sends it and some
 * JSON-LD pages do) is unescaped first.
 */
public final class HtmlText {
  private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
      "table", "section", "article", "header", "footer", "blockquote", "pre", "dd", "dt", "dl", "hr");

  private HtmlText() {}

  /** Null for null; never null otherwise. */
  public static String toText(String html) {
    if (html == null) {
      return null;
    }
    String s = html;
    if (s.indexOf('<') < 0 && s.contains("&lt;")) {
      s = Parser.unescapeEntities(s, false);
    }
    if (s.indexOf('<') < 0 && s.indexOf('&') < 0) {
      return normalizeLines(s);
    }
    Element body = Jsoup.parseBodyFragment(s).body();
    StringBuilder out = new StringBuilder(s.length());
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode) {
          // Whitespace in HTML text, newlines included, is one space; lines come from the blocks.
          out.append(((TextNode) node).getWholeText().replaceAll("\\s+", " "));
        } else if (node instanceof Element && BLOCKS.contains(((Element) node).normalName())) {
          out.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element && BLOCKS.contains(((Element) node).normalName())) {
          out.append('\n');
        }
      }
    }, body);
    return normalizeLines(out.toString());
  }

  /** Collapses whitespace within lines, trims them and drops empty ones. */
  static String normalizeLines(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (String line : text.split("\\R")) {
      String l = line.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").trim();
      if (!l.isEmpty()) {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(l);
      }
    }
    return out.toString();
  }

  /** Lower-case letters and digits, every other run of characters one space: what two copies of a posting share. */
  public static String normalizeForComparison(String text) {
    if (text == null) {
      return "";
    }
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }
}
