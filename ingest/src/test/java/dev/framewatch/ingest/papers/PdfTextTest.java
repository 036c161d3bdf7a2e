package dev.framewatch.ingest.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.ingest.crawl.MalformedResponseException;
import dev.framewatch.ingest.papers.pdf.PdfText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfTextTest {
  /** A two-line, two-page PDF built with PDFBox itself. */
  static byte[] pdf() throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      String[][] pages = {{"Training with PyTorch 2.1", "and JAX on TPUs"}, {"Appendix"}};
      for (String[] lines : pages) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 12);
          cs.setLeading(16);
          cs.newLineAtOffset(72, 700);
          for (String line : lines) {
            cs.showText(line);
            cs.newLine();
          }
          cs.endText();
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void extractsTheExactText() throws Exception {
    assertEquals(Optional.of("Training with PyTorch 2.1\nand JAX on TPUs\nAppendix\n"), new PdfText(1_000_000).extract(pdf()));
  }

  @Test
  void offWhenMaxBytesIsZero() throws Exception {
    assertEquals(Optional.empty(), new PdfText(0).extract(pdf()));
  }

  @Test
  void tooLargeCorruptOrTruncatedIsAParseFailure() throws Exception {
    byte[] pdf = pdf();
    MalformedResponseException big = assertThrows(MalformedResponseException.class, () -> new PdfText(100).extract(pdf));
    assertEquals("PDF is " + pdf.length + " bytes, more than sources.papers.pdf.max-bytes = 100", big.getMessage());

    MalformedResponseException html = assertThrows(MalformedResponseException.class,
        () -> new PdfText(1_000_000).extract("<html>not a pdf</html>".getBytes()));
    assertTrue(html.getMessage().startsWith("unreadable PDF: "), html.getMessage());

    byte[] cut = Arrays.copyOf(pdf, pdf.length / 3);
    try {
      // PDFBox repairs what it can; a cut file either yields less text or fails, but never throws past PdfText.
      Optional<String> text = new PdfText(1_000_000).extract(cut);
      assertTrue(text.isPresent());
    } catch (MalformedResponseException e) {
      assertTrue(e.getMessage().startsWith("unreadable PDF: "), e.getMessage());
    }
  }
}
