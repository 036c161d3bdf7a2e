package dev.framewatch.app.demo;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PDFs under {@code /pdf/}: OpenReview's {@code /pdf/<hash>.pdf}, arXiv's {@code /pdf/<id>v1} and the Anthology papers'
 * {@code /pdf/<anthology id>.pdf}. (CVF's PDFs live under its own {@code /content/} tree.)
 */
final class PdfEndpoint implements DemoEndpoint {
  private final Map<String, DemoPaper> byKey = new HashMap<>();
  private final PaperPdf pdfs;

  PdfEndpoint(List<DemoPaper> papers, PaperPdf pdfs) {
    for (DemoPaper p : papers) {
      if (p.site() != DemoPaper.Site.CVF) {
        byKey.put(p.pdfKey(), p);
      }
    }
    this.pdfs = pdfs;
  }

  @Override
  public String path() {
    return "/pdf/";
  }

  @Override
  public String source() {
    return "papers";
  }

  @Override
  public void handle(HttpExchange exchange, String baseUrl) throws IOException {
    String name = exchange.getRequestURI().getPath().substring(path().length());
    DemoPaper p = byKey.get(name.endsWith(".pdf") ? name.substring(0, name.length() - 4) : name);
    if (p == null) {
      Responses.notFound(exchange);
      return;
    }
    Responses.bytes(exchange, 200, "application/pdf", pdfs.served(p));
  }
}
