package dev.framewatch.ingest.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.framewatch.core.record.InvalidRecordException;
import dev.framewatch.core.record.Job;
import dev.framewatch.ingest.crawl.ApiFields;
import dev.framewatch.ingest.crawl.MalformedResponseException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * schema.org {@code JobPosting} JSON-LD in an HTML page: every {@code <script type="application/ld+json">}, whose content may be
 * one object, an array of objects, or an object with an {@code @graph}; an item counts when its {@code @type} (a string or an
 * array) is {@code JobPosting}.
 *
 * <p>Ids are {@code job:<page host>:<identifier>}, the identifier being {@code identifier.value} (or {@code identifier} when it
 * is a plain string or number), else the page URL's path and query; a second posting without identifier on one page gets
 * {@code #2}, and so on.
 */
public final class JsonLdJobParser {
  public static final String SOURCE = "jsonld";

  private JsonLdJobParser() {}

  public static JobParse parse(String html, URI pageUrl, Instant fetchedAt) {
    Document doc = Jsoup.parse(html, pageUrl.toString());
    List<Job> jobs = new ArrayList<>();
    List<JobParse.Rejected> rejected = new ArrayList<>();
    int skipped = 0;
    int unidentified = 0;
    int scriptIndex = 0;
    for (Element script : doc.select("script[type]")) {
      String type = script.attr("type").toLowerCase(Locale.ROOT).trim();
      if (!type.startsWith("application/ld+json")) {
        continue;
      }
      scriptIndex++;
      String json = stripWrapping(script.data());
      JsonNode root;
      try {
        root = ApiFields.read(json, "JSON-LD script " + scriptIndex);
      } catch (MalformedResponseException e) {
        rejected.add(new JobParse.Rejected(e.getMessage(), json));
        continue;
      }
      List<JsonNode> items = new ArrayList<>();
      collect(root, items);
      for (JsonNode item : items) {
        if (!isJobPosting(item)) {
          skipped++;
          continue;
        }
        try {
          String identifier = identifier(item);
          if (identifier == null) {
            unidentified++;
          }
          jobs.add(toJob(item, identifier, unidentified, pageUrl, fetchedAt));
        } catch (InvalidRecordException e) {
          rejected.add(new JobParse.Rejected(e.getMessage(), item.toString()));
        }
      }
    }
    return new JobParse(jobs, rejected, skipped);
  }

  /** Some sites wrap the JSON in an HTML comment or CDATA section. */
  private static String stripWrapping(String s) {
    String t = s.trim();
    t = t.replaceFirst("^(//\\s*)?<!\\[CDATA\\[", "").replaceFirst("(//\\s*)?]]>$", "");
    t = t.replaceFirst("^<!--", "").replaceFirst("-->$", "");
    return t.trim();
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isArray()) {
      node.forEach(n -> collect(n, out));
    } else if (node.isObject()) {
      JsonNode graph = node.get("@graph");
      if (graph != null && (graph.isArray() || graph.isObject())) {
        collect(graph, out);
      } else {
        out.add(node);
      }
    }
  }

  static boolean isJobPosting(JsonNode item) {
    JsonNode type = item.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isJobPostingType(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return isJobPostingType(type.asText());
  }

  private static boolean isJobPostingType(String t) {
    return t.equals("JobPosting") || t.endsWith("schema.org/JobPosting") || t.equals("schema:JobPosting");
  }

  private static Job toJob(JsonNode item, String identifier, int unidentified, URI pageUrl, Instant fetchedAt) {
    String host = pageUrl.getHost() == null ? "local" : pageUrl.getHost().toLowerCase(Locale.ROOT);
    String postingId;
    if (identifier != null) {
      postingId = identifier;
    } else {
      String path = pageUrl.getRawPath() == null ? "" : pageUrl.getRawPath().replaceFirst("^/+", "");
      postingId = (path.isEmpty() ? "/" : path) + (pageUrl.getRawQuery() == null ? "" : "?" + pageUrl.getRawQuery());
      if (unidentified > 1) {
        postingId += "#" + unidentified;
      }
    }
    String id = "job:" + host + ":" + postingId.replaceAll("\\s+", "_");
    String title = JsonFields.text(item, "title");
    if (title == null) {
      title = JsonFields.text(item, "name");
    }
    Map<String, JsonNode> extra = new LinkedHashMap<>();
    String url = JsonFields.text(item, "url");
    extra.put("url", TextNode.valueOf(url == null ? pageUrl.toString() : pageUrl.resolve(url).toString()));
    String employmentType = joined(item.get("employmentType"), ", ");
    if (employmentType != null) {
      extra.put("employment_type", TextNode.valueOf(employmentType));
    }
    String validThrough = JsonFields.text(item, "validThrough");
    if (validThrough != null) {
      extra.put("valid_through", TextNode.valueOf(validThrough));
    }
    return new Job(id, SOURCE, fetchedAt, title, organization(item.get("hiringOrganization")), location(item),
        JsonFields.date("datePosted", JsonFields.text(item, "datePosted")), HtmlText.toText(JsonFields.text(item, "description")),
        extra);
  }

  private static String identifier(JsonNode item) {
    JsonNode id = item.get("identifier");
    if (id != null && id.isArray()) {
      id = id.size() == 0 ? null : id.get(0);
    }
    if (id == null || id.isNull()) {
      return null;
    }
    if (id.isTextual() || id.isNumber()) {
      String s = id.asText().trim();
      return s.isEmpty() ? null : s;
    }
    if (id.isObject()) {
      return JsonFields.text(id, "value");
    }
    return null;
  }

  private static String organization(JsonNode org) {
    if (org == null || org.isNull()) {
      return null;
    }
    if (org.isArray()) {
      return org.size() == 0 ? null : organization(org.get(0));
    }
    if (org.isTextual()) {
      return org.textValue().isBlank() ? null : org.textValue().trim();
    }
    return JsonFields.text(org, "name");
  }

  /** {@code jobLocation} (one Place or several) as "locality, region, country", several joined by "; ". */
  private static String location(JsonNode item) {
    JsonNode loc = item.get("jobLocation");
    List<JsonNode> places = new ArrayList<>();
    if (loc != null && loc.isArray()) {
      loc.forEach(places::add);
    } else if (loc != null && !loc.isNull()) {
      places.add(loc);
    }
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode place : places) {
      String s = place(place);
      if (s != null) {
        out.add(s);
      }
    }
    if (out.isEmpty()) {
      String type = joined(item.get("jobLocationType"), " ");
      return type != null && type.toUpperCase(Locale.ROOT).contains("TELECOMMUTE") ? "Remote" : null;
    }
    return String.join("; ", out);
  }

  private static String place(JsonNode place) {
    if (place.isTextual()) {
      return place.textValue().isBlank() ? null : place.textValue().trim();
    }
    if (!place.isObject()) {
      return null;
    }
    JsonNode address = place.get("address");
    if (address != null && address.isTextual()) {
      return address.textValue().isBlank() ? null : address.textValue().trim();
    }
    if (address != null && address.isObject()) {
      Set<String> parts = new LinkedHashSet<>();
      for (String f : List.of("addressLocality", "addressRegion", "addressCountry")) {
        JsonNode v = address.get(f);
        String s = v == null ? null : v.isObject() ? JsonFields.text(v, "name") : v.isValueNode() ? v.asText().trim() : null;
        if (s != null && !s.isEmpty()) {
          parts.add(s);
        }
      }
      if (!parts.isEmpty()) {
        return String.join(", ", parts);
      }
    }
    return JsonFields.text(place, "name");
  }

  private static String joined(JsonNode v, String sep) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(x -> {
        if (x.isValueNode() && !x.asText().isBlank()) {
          parts.add(x.asText().trim());
        }
      });
      return parts.isEmpty() ? null : String.join(sep, parts);
    }
    return v.isValueNode() && !v.asText().isBlank() ? v.asText().trim() : null;
  }
}
