package dev.framewatch.demosite.papers;

import dev.framewatch.demosite.http.ScriptedFailures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A paper's PDF, made with PDFBox: title, authors, abstract, and an implementation paragraph that names the paper's
 * frameworks, so the crawler's {@code PdfText} finds them only in the full text. Rendered once per paper, then cached.
 */
final class PaperPdf {
  private static final int LINE_CHARS = 85;
  /**
   * Rendered PDFs by key, the most recently made {@link #CACHED} of them: all of a small corpus's, while a scaled site's tens
   * of thousands are made again if asked again rather than held.
   */
  private final Map<String, byte[]> cache = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
          return size() > CACHED;
        }
      });
  private static final int CACHED = 4_096;
  private final ScriptedFailures failures;

  PaperPdf(ScriptedFailures failures) {
    this.failures = failures;
  }

  /** The PDF as served: whole, or cut short for {@link DemoPaper.Fault#TRUNCATED_PDF}. */
  byte[] served(DemoPaper paper) {
    byte[] pdf = cache.get(paper.pdfKey());
    if (pdf == null) {
      // Rendered outside the lock, so other requests are not kept waiting; a PDF rendered twice at once is the same PDF.
      pdf = render(paper);
      cache.put(paper.pdfKey(), pdf);
    }
    if (paper.fault() == DemoPaper.Fault.TRUNCATED_PDF && failures.enabled()) {
      return java.util.Arrays.copyOf(pdf, Math.min(pdf.length, 400));
    }
    return pdf;
  }

  /** The lines the PDF shows, in order; what text extraction gives back. */
  static List<String> lines(DemoPaper paper) {
    List<String> lines = new ArrayList<>();
    lines.add(paper.title());
    lines.add(String.join(", ", paper.authors()));
    lines.add("Abstract");
    lines.addAll(wrap(paper.abstractText()));
    lines.add("1 Introduction");
    lines.addAll(wrap("Recent work on " + paper.title().toLowerCase(java.util.Locale.ROOT)
        + " has shown steady progress; we revisit its assumptions."));
    lines.add("4 Experiments");
    lines.addAll(wrap(paper.implementation()));
    return lines;
  }

  static byte[] render(DemoPaper paper) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(font, 10);
        cs.setLeading(14);
        cs.newLineAtOffset(60, 740);
        for (String line : lines(paper)) {
          cs.showText(line);
          cs.newLine();
        }
        cs.endText();
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the demo PDF of " + paper.sourceId(), e);
    }
  }

  private static List<String> wrap(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > LINE_CHARS) {
        out.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      out.add(line.toString());
    }
    return out;
  }
}
