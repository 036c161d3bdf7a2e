package dev.framewatch.ingest.papers.pdf;

import dev.framewatch.ingest.crawl.MalformedResponseException;
import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A paper's full text from its PDF, with PDFBox 3. Bounded by {@code sources.papers.pdf.max-bytes} (0 turns full text off);
 * a PDF that is too large, corrupt or encrypted is a {@link MalformedResponseException} (a dead letter), never a crash.
 */
public final class PdfText {
  private final long maxBytes;

  /**
   * @param maxBytes the largest PDF read; 0 = full text is off
   */
  public PdfText(long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("sources.papers.pdf.max-bytes must not be negative, got " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  public boolean enabled() {
    return maxBytes > 0;
  }

  /** The largest PDF read: what a fetch of one may take. */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * @return the text, page by page in reading order as PDFBox sorts it; empty when full text is off
   * @throws MalformedResponseException when the PDF is too large or cannot be read
   */
  public Optional<String> extract(byte[] pdf) throws MalformedResponseException {
    if (!enabled()) {
      return Optional.empty();
    }
    if (pdf == null || pdf.length == 0) {
      throw new MalformedResponseException("empty PDF");
    }
    if (pdf.length > maxBytes) {
      throw new MalformedResponseException("PDF is " + pdf.length + " bytes, more than sources.papers.pdf.max-bytes = " + maxBytes);
    }
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      return Optional.of(stripper.getText(doc));
    } catch (IOException | RuntimeException e) {
      // PDFBox throws IOExceptions for most damage but runtime exceptions for some; neither may stop a crawl.
      throw new MalformedResponseException("unreadable PDF: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
    }
  }
}
