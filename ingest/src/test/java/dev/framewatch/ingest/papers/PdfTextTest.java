package dev.framewatch.ingest.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.ingest.crawl.MalformedResponseException;
import dev.framewatch.ingest.papers.pdf.PdfText;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfTextTest {
  /** A two-line, two-page PDF built with PDFBox itself. */
  static byte[] pdf() {
    return Fixtures.pdf(Standard14Fonts.FontName.HELVETICA, 12, 16, 72, 700,
        List.of(List.of("Training with PyTorch 2.1", "and JAX on TPUs"), List.of("Appendix")));
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
