package dev.framewatch.demosite.papers;

import dev.framewatch.demosite.http.SiteResponses;
import dev.framewatch.fakeserver.Dispatcher;
import dev.framewatch.fakeserver.FakeResponse;
import dev.framewatch.fakeserver.RecordedRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * PDFs under {@code /pdf/}: OpenReview's {@code /pdf/<hash>.pdf}, arXiv's {@code /pdf/<id>v1} and the Anthology papers'
 * {@code /pdf/<anthology id>.pdf}. (CVF's PDFs live under its own {@code /content/} tree.)
 */
final class PdfEndpoint implements Dispatcher {
  static final String PATH = "/pdf/";
  private final Map<String, DemoPaper> byKey;
  private final Function<String, DemoPaper> others;
  private final PaperPdf pdfs;

  /** @param others papers not in {@code papers} by PDF key (a scaled site's preprints, made on request), null for none */
  PdfEndpoint(List<DemoPaper> papers, Function<String, DemoPaper> others, PaperPdf pdfs) {
    this.byKey = papers.stream().filter(p -> p.site() != DemoPaper.Site.CVF)
        .collect(Collectors.toMap(DemoPaper::pdfKey, Function.identity(), (a, b) -> b));
    this.others = others == null ? key -> null : others;
    this.pdfs = pdfs;
  }

  @Override
  public FakeResponse dispatch(RecordedRequest request) {
    String name = request.path().substring(PATH.length());
    String key = name.endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
    DemoPaper p = byKey.containsKey(key) ? byKey.get(key) : others.apply(key);
    return p == null ? SiteResponses.notFound() : SiteResponses.pdf(pdfs.served(p));
  }
}
