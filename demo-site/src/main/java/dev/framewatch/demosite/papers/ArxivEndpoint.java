package dev.framewatch.demosite.papers;

import static dev.framewatch.demosite.http.SiteResponses.escape;

import dev.framewatch.demosite.http.ScriptedFailures;
import dev.framewatch.demosite.http.SiteResponses;
import dev.framewatch.fakeserver.Dispatcher;
import dev.framewatch.fakeserver.FakeResponse;
import dev.framewatch.fakeserver.RecordedRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The arXiv API: {@code /api/query?search_query=cat:cs.CV&start=N&max_results=M&sortBy=submittedDate&sortOrder=descending},
 * an Atom feed with {@code opensearch:totalResults}, newest first, at most {@link #MAX_RESULTS} entries a page whatever was
 * asked. A cross-listed preprint appears in each of its categories. The first request for cs.LG answers 500.
 */
final class ArxivEndpoint implements Dispatcher {
  static final String PATH = "/api/query";
  static final int MAX_RESULTS = 25;
  static final String FAILING_CATEGORY = "cs.LG";
  private final Function<String, List<DemoPaper>> listings;
  private final ScriptedFailures failures;

  ArxivEndpoint(List<DemoPaper> papers, ScriptedFailures failures) {
    List<DemoPaper> newestFirst = papers.stream().filter(p -> p.site() == DemoPaper.Site.ARXIV)
        .sorted(Comparator.comparing(DemoPaper::published).reversed().thenComparing(DemoPaper::sourceId)).toList();
    this.listings = category -> newestFirst.stream().filter(p -> p.categories().contains(category)).toList();
    this.failures = failures;
  }

  /** A scaled site's: each category's listing, newest first, as made (lazily) by the corpus. */
  ArxivEndpoint(Map<String, List<DemoPaper>> byCategory, ScriptedFailures failures) {
    this.listings = category -> byCategory.getOrDefault(category, List.of());
    this.failures = failures;
  }

  /** The category's preprints, in the order the API lists them. */
  List<DemoPaper> listing(String category) {
    return listings.apply(category);
  }

  @Override
  public FakeResponse dispatch(RecordedRequest request) {
    Map<String, String> q = request.query();
    String query = q.getOrDefault("search_query", "");
    int start;
    int max;
    try {
      start = Math.max(0, Integer.parseInt(q.getOrDefault("start", "0")));
      max = Math.max(0, Math.min(MAX_RESULTS, Integer.parseInt(q.getOrDefault("max_results", "10"))));
    } catch (NumberFormatException e) {
      return FakeResponse.text(400, "text/plain", "start and max_results must be numbers");
    }
    String category = query.startsWith("cat:") ? query.substring(4) : "";
    if (category.equals(FAILING_CATEGORY) && failures.once("arxiv-500")) {
      return ScriptedFailures.serverError();
    }
    List<DemoPaper> all = listing(category);
    StringBuilder sb = new StringBuilder();
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
        .append("  <title type=\"html\">ArXiv Query: search_query=").append(escape(query)).append("</title>\n")
        .append("  <id>http://arxiv.org/api/demo</id>\n  <updated>2026-11-01T00:00:00-04:00</updated>\n")
        .append("  <opensearch:totalResults xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\">").append(all.size())
        .append("</opensearch:totalResults>\n")
        .append("  <opensearch:startIndex xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\">").append(start)
        .append("</opensearch:startIndex>\n")
        .append("  <opensearch:itemsPerPage xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\">").append(max)
        .append("</opensearch:itemsPerPage>\n");
    for (int i = start; i < Math.min(all.size(), start + max); i++) {
      entry(sb, all.get(i), request.baseUrl());
    }
    return SiteResponses.xml("application/atom+xml", sb.append("</feed>\n").toString());
  }

  private static void entry(StringBuilder sb, DemoPaper p, String baseUrl) {
    String when = p.published() + "T12:00:00Z";
    sb.append("  <entry>\n    <id>http://arxiv.org/abs/").append(p.sourceId()).append("v1</id>\n")
        .append("    <updated>").append(when).append("</updated>\n    <published>").append(when).append("</published>\n")
        .append("    <title>").append(escape(p.title())).append("</title>\n")
        .append("    <summary>").append(escape(p.abstractText())).append("</summary>\n");
    for (String a : p.authors()) {
      sb.append("    <author>\n      <name>").append(escape(a)).append("</name>\n    </author>\n");
    }
    sb.append("    <link href=\"http://arxiv.org/abs/").append(p.sourceId())
        .append("v1\" rel=\"alternate\" type=\"text/html\"/>\n")
        .append("    <link title=\"pdf\" href=\"").append(baseUrl).append("/pdf/").append(p.pdfKey())
        .append("\" rel=\"related\" type=\"application/pdf\"/>\n")
        .append("    <arxiv:primary_category xmlns:arxiv=\"http://arxiv.org/schemas/atom\" term=\"")
        .append(p.categories().get(0)).append("\" scheme=\"http://arxiv.org/schemas/atom\"/>\n");
    for (String c : p.categories()) {
      sb.append("    <category term=\"").append(c).append("\" scheme=\"http://arxiv.org/schemas/atom\"/>\n");
    }
    sb.append("  </entry>\n");
  }
}
