package dev.framewatch.demosite.papers;

import static dev.framewatch.demosite.http.SiteResponses.escape;

import dev.framewatch.demosite.http.ScriptedFailures;
import dev.framewatch.demosite.http.SiteResponses;
import dev.framewatch.fakeserver.Dispatcher;
import dev.framewatch.fakeserver.FakeResponse;
import dev.framewatch.fakeserver.RecordedRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CVF open access: the listing {@code /CVPR2019?day=all} (titles, authors, PDF links; no abstracts), each paper's page
 * {@code /content/CVPR2019/html/<stem>_paper.html} (its abstract) and its PDF {@code /content/CVPR2019/papers/<stem>_paper.pdf}.
 * One paper's page is served cut short (see {@link DemoPaper.Fault#TRUNCATED_PAGE}).
 */
final class CvfEndpoint implements Dispatcher {
  /** The listings' prefix ({@code /CVPR2019}) and the papers' ({@code /content/...}). */
  static final List<String> PATHS = List.of("/CVPR", "/content/");
  private final Map<String, List<DemoPaper>> byListing;
  private final Map<String, DemoPaper> byStem = new LinkedHashMap<>();
  private final PaperPdf pdfs;
  private final ScriptedFailures failures;

  CvfEndpoint(List<DemoPaper> papers, PaperPdf pdfs, ScriptedFailures failures) {
    this.byListing = DemoPaper.group(papers, DemoPaper.Site.CVF, p -> "CVPR" + p.year());
    byListing.values().forEach(listing -> listing.forEach(p -> byStem.put(p.sourceId(), p)));
    this.pdfs = pdfs;
    this.failures = failures;
  }

  @Override
  public FakeResponse dispatch(RecordedRequest request) {
    String path = request.path();
    if (path.startsWith("/content/")) {
      return content(path.split("/"));
    }
    List<DemoPaper> listing = byListing.get(path.substring(1));
    return listing == null ? SiteResponses.notFound() : SiteResponses.html(listing(path.substring(1), listing));
  }

  /** A paper's page or PDF: {@code "", "content", "CVPR2019", "html"|"papers", "<stem>_paper.html"|".pdf"}. */
  private FakeResponse content(String[] parts) {
    if (parts.length != 5) {
      return SiteResponses.notFound();
    }
    String file = parts[4];
    DemoPaper p = byStem.get(file.replaceFirst("_paper\\.(html|pdf)$", ""));
    if (p == null || !("CVPR" + p.year()).equals(parts[2])) {
      return SiteResponses.notFound();
    }
    if (parts[3].equals("html") && file.endsWith(".html")) {
      String page = paperPage(p);
      boolean cut = p.fault() == DemoPaper.Fault.TRUNCATED_PAGE && failures.enabled();
      return SiteResponses.html(cut ? SiteResponses.cut(page, 0.6) : page);
    }
    if (parts[3].equals("papers") && file.endsWith(".pdf")) {
      return SiteResponses.pdf(pdfs.served(p));
    }
    return SiteResponses.notFound();
  }

  private static String listing(String id, List<DemoPaper> papers) {
    String year = id.substring(4);
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" ")
        .append("\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\n")
        .append("<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">\n<title>CVPR ").append(year)
        .append(" Open Access Repository</title>\n</head>\n<body>\n<div id=\"content\">\n<dl>\n");
    for (DemoPaper p : papers) {
      sb.append("<dt class=\"ptitle\"><br><a href=\"/content/").append(id).append("/html/").append(p.sourceId())
          .append("_paper.html\">").append(escape(p.title())).append("</a></dt>\n<dd>\n");
      for (int i = 0; i < p.authors().size(); i++) {
        String a = escape(p.authors().get(i));
        sb.append("<form id=\"form-").append(i).append("\" action=\"/").append(id)
            .append("\" method=\"post\" class=\"authsearch\">\n<input type=\"hidden\" name=\"query_author\" value=\"")
            .append(a).append("\">\n<a href=\"#\" onclick=\"$(this).parent().submit()\">").append(a).append("</a>")
            .append(i + 1 < p.authors().size() ? "," : "").append("\n</form>\n");
      }
      sb.append("</dd>\n<dd>\n[<a href=\"/content/").append(id).append("/papers/").append(p.sourceId())
          .append("_paper.pdf\">pdf</a>]\n<div class=\"link2\">[<a class=\"fakelink\">bibtex</a>]\n")
          .append("<div class=\"bibref pre-white-space\">@InProceedings{").append(p.sourceId()).append(", year = {")
          .append(year).append("}}</div>\n</div>\n</dd>\n");
    }
    return sb.append("</dl>\n</div>\n</body>\n</html>\n").toString();
  }

  private static String paperPage(DemoPaper p) {
    return "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
        + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\n"
        + "<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">\n<title>CVPR " + p.year()
        + " Open Access Repository</title>\n</head>\n<body>\n<div id=\"content\">\n<dl>\n<dd>\n<div id=\"papertitle\">\n"
        + escape(p.title()) + "</div>\n<div id=\"authors\">\n<br><b><i>" + escape(String.join(", ", p.authors()))
        + "</i></b>; Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR), " + p.year()
        + "</div>\n<font size=\"5\">\n<br><b>Abstract</b>\n</font>\n<br><br><div id=\"abstract\">\n"
        + escape(p.abstractText()) + "</div>\n<font size=\"5\"><br><b>Related Material</b></font>\n<br><br>\n"
        + "[<a href=\"../../../content/CVPR" + p.year() + "/papers/" + p.sourceId() + "_paper.pdf\">pdf</a>]\n"
        + "</dd>\n</dl>\n</div>\n</body>\n</html>\n";
  }
}
