package dev.framewatch.demosite.jobs;

import static dev.framewatch.demosite.http.SiteResponses.escape;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.demosite.http.ScriptedFailures;
import dev.framewatch.demosite.http.SiteResponses;
import dev.framewatch.fakeserver.Dispatcher;
import dev.framewatch.fakeserver.FakeResponse;
import dev.framewatch.fakeserver.RecordedRequest;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * An employer's careers site: {@code /careers/sitemap.xml} listing one page per posting, {@code /careers/jobs/<slug>.html},
 * each carrying a schema.org {@code JobPosting} in JSON-LD. One page is served cut inside its script (a truncated body).
 *
 * @param bySlug the JSON-LD postings by page slug, one each
 */
record JobPagesEndpoint(Map<String, List<DemoJob>> bySlug, ScriptedFailures failures) implements Dispatcher {
  static final String PATH = "/careers/";
  private static final String PAGES = "/careers/jobs/";

  @Override
  public FakeResponse dispatch(RecordedRequest request) {
    String path = request.path();
    if (path.equals("/careers/sitemap.xml")) {
      return SiteResponses.xml("application/xml", sitemap(request.baseUrl()));
    }
    List<DemoJob> jobs = path.startsWith(PAGES) && path.endsWith(".html")
        ? bySlug.get(path.substring(PAGES.length(), path.length() - 5)) : null;
    if (jobs == null) {
      return SiteResponses.notFound();
    }
    DemoJob job = jobs.get(0);
    String page = page(job);
    if (job.fault() == DemoJob.Fault.TRUNCATED_PAGE && failures.enabled()) {
      page = page.substring(0, page.indexOf("\"description\""));
    }
    return SiteResponses.html(page);
  }

  private String sitemap(String baseUrl) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (List<DemoJob> jobs : bySlug.values()) {
      DemoJob j = jobs.get(0);
      sb.append("  <url><loc>").append(baseUrl).append(PAGES).append(j.partition()).append(".html</loc><lastmod>")
          .append(j.posted().atZone(ZoneOffset.UTC).toLocalDate()).append("</lastmod></url>\n");
    }
    return sb.append("</urlset>\n").toString();
  }

  private static String page(DemoJob j) {
    ObjectNode ld = JsonNodeFactory.instance.objectNode();
    ld.put("@context", "https://schema.org/");
    ld.put("@type", "JobPosting");
    ld.put("title", j.title());
    ObjectNode id = ld.putObject("identifier");
    id.put("@type", "PropertyValue");
    id.put("name", j.company());
    id.put("value", j.postingId());
    ObjectNode org = ld.putObject("hiringOrganization");
    org.put("@type", "Organization");
    org.put("name", j.company());
    ObjectNode address = ld.putObject("jobLocation").put("@type", "Place").putObject("address");
    address.put("@type", "PostalAddress");
    address.put("addressLocality", j.location());
    ld.put("datePosted", j.posted().atZone(ZoneOffset.UTC).toLocalDate().toString());
    ld.put("employmentType", "FULL_TIME");
    ld.put("description", j.description());
    return "<!DOCTYPE html>\n<html><head><title>" + escape(j.title()) + " - " + escape(j.company())
        + "</title>\n<script type=\"application/ld+json\">\n" + SiteResponses.write(ld).replace("</", "<\\/")
        + "\n</script>\n</head><body><h1>" + escape(j.title()) + "</h1></body></html>\n";
  }
}
