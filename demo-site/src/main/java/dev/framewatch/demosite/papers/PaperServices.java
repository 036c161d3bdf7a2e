package dev.framewatch.demosite.papers;

import dev.framewatch.demosite.http.ScriptedFailures;
import dev.framewatch.fakeserver.Dispatcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The services papers come from, by the path prefix each answers: CVF open access, OpenReview, the ACL Anthology, arXiv,
 * and the PDFs of all but CVF (whose PDFs live in its own tree).
 */
public final class PaperServices {
  private PaperServices() {}

  public static Map<String, Dispatcher> routes(List<DemoPaper> papers, ScriptedFailures failures) {
    return routes(papers, null, null, failures);
  }

  /**
   * @param arxiv each arXiv category's listing, newest first, for a scaled site (lazy lists); null to list the arXiv papers
   *     among {@code papers}
   * @param arxivPdfs the preprint whose PDF has a given key, for the papers {@code arxiv} makes on request; null for none
   */
  public static Map<String, Dispatcher> routes(List<DemoPaper> papers, Map<String, List<DemoPaper>> arxiv,
      Function<String, DemoPaper> arxivPdfs, ScriptedFailures failures) {
    PaperPdf pdfs = new PaperPdf(failures);
    CvfEndpoint cvf = new CvfEndpoint(papers, pdfs, failures);
    Map<String, Dispatcher> routes = new LinkedHashMap<>();
    CvfEndpoint.PATHS.forEach(path -> routes.put(path, cvf));
    // Topics (keywords, primary areas) only on the scaled site: on the demo they would change its weak labels and numbers.
    routes.put(OpenReviewEndpoint.PATH, new OpenReviewEndpoint(papers, failures, arxiv != null));
    routes.put(AclEndpoint.PATH, new AclEndpoint(papers));
    routes.put(ArxivEndpoint.PATH, arxiv == null ? new ArxivEndpoint(papers, failures) : new ArxivEndpoint(arxiv, failures));
    routes.put(PdfEndpoint.PATH, new PdfEndpoint(papers, arxivPdfs, pdfs));
    return routes;
  }
}
