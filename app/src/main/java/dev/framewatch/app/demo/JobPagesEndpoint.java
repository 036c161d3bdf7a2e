package dev.framewatch.app.demo;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An employer's careers site: {@code /careers/sitemap.xml} listing one page per posting, {@code /careers/jobs/<slug>.html},
 * each carrying a schema.org {@code JobPosting} in JSON-LD. One page is served cut inside its script (a truncated body).
 */
final class JobPagesEndpoint implements DemoEndpoint {
  private final Map<String, DemoJob> bySlug = new LinkedHashMap<>();
  private final ScriptedFailures failures;

  JobPagesEndpoint(List<DemoJob> jobs, ScriptedFailures failures) {
    for (DemoJob j : jobs) {
      if (j.board() == DemoJob.Board.JSONLD) {
        bySlug.put(j.partition(), j);
      }
    }
    this.failures = failures;
  }

  @Override
  public String path() {
    return "/careers/";
  }

  @Override
  public String source() {
    return "jobs";
  }

  @Override
  public void handle(HttpExchange exchange, String baseUrl) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (path.equals("/careers/sitemap.xml")) {
      StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
      for (DemoJob j : bySlug.values()) {
        sb.append("  <url><loc>").append(baseUrl).append("/careers/jobs/").append(j.partition()).append(".html</loc><lastmod>")
            .append(j.posted().atZone(ZoneOffset.UTC).toLocalDate()).append("</lastmod></url>\n");
      }
      Responses.xml(exchange, "application/xml", sb.append("</urlset>\n").toString());
      return;
    }
    String prefix = "/careers/jobs/";
    DemoJob job = path.startsWith(prefix) && path.endsWith(".html")
        ? bySlug.get(path.substring(prefix.length(), path.length() - 5)) : null;
    if (job == null) {
      Responses.notFound(exchange);
      return;
    }
    String page = page(job);
    if (job.fault() == DemoJob.Fault.TRUNCATED_PAGE && failures.enabled()) {
      page = page.substring(0, page.indexOf("\"description\""));
    }
    Responses.html(exchange, page);
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
    return "<!DOCTYPE html>\n<html><head><title>" + Responses.escape(j.title()) + " - " + Responses.escape(j.company())
        + "</title>\n<script type=\"application/ld+json\">\n" + JobJson.write(ld).replace("</", "<\\/")
        + "\n</script>\n</head><body><h1>" + Responses.escape(j.title()) + "</h1></body></html>\n";
  }
}
