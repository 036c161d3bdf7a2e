package dev.framewatch.ingest.papers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Reads the papers test fixtures (our own, written in the upstream formats) from the classpath. */
public final class Fixtures {
  public static final Instant NOW = Instant.parse("2026-03-01T03:00:00Z");

  private Fixtures() {}

  public static String read(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/papers/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static PaperContext ctx(String venue, Integer year) {
    return new PaperContext(venue, year, NOW);
  }

  /**
   * A PDF built with PDFBox itself: one page per list of lines, written from ({@code x}, {@code y}) down.
   *
   * @param size font size; lines are {@code leading} apart
   */
  public static byte[] pdf(Standard14Fonts.FontName fontName, float size, float leading, float x, float y,
      List<List<String>> pages) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(fontName);
      for (List<String> lines : pages) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, size);
          cs.setLeading(leading);
          cs.newLineAtOffset(x, y);
          for (String line : lines) {
            cs.showText(line);
            cs.newLine();
          }
          cs.endText();
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every upstream served from one base URL (a test's server). */
  public static Map<Upstream, String> everyUpstreamAt(String baseUrl) {
    Map<Upstream, String> urls = new EnumMap<>(Upstream.class);
    for (Upstream u : Upstream.values()) {
      urls.put(u, baseUrl);
    }
    return urls;
  }
}
