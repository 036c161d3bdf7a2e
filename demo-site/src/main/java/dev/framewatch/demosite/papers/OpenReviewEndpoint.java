package dev.framewatch.demosite.papers;

import com.fasterxml.jackson.databind.node.ArrayNode;
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
 * OpenReview API v2: {@code /notes?content.venueid=ICLR.cc/2024/Conference&offset=N&limit=M}, answering
 * {@code {"notes": [...], "count": total}} with at most {@link #MAX_LIMIT} notes whatever the limit asked (so the crawler
 * pages by offset), each note's {@code content} fields wrapped in {@code {"value": ...}}. The first request for ICLR 2020
 * answers 429 with {@code Retry-After: 1}. On the scaled site notes also carry the authors' keywords and, from ICLR 2024 on
 * (as the real ones), {@code primary_area}, both following the paper's topic ({@link PrimaryAreas}); the demo's notes carry
 * neither, so the demo's weak labels and numbers stay as they are.
 */
final class OpenReviewEndpoint implements Dispatcher {
  static final String PATH = "/notes";
  static final int MAX_LIMIT = 25;
  static final String RATE_LIMITED_VENUE = "ICLR.cc/2020/Conference";
  private final Map<String, List<DemoPaper>> byVenueId;
  private final ScriptedFailures failures;
  private final boolean topics;

  OpenReviewEndpoint(List<DemoPaper> papers, ScriptedFailures failures, boolean topics) {
    this.byVenueId = DemoPaper.group(papers, DemoPaper.Site.OPENREVIEW, OpenReviewEndpoint::venueId);
    this.failures = failures;
    this.topics = topics;
  }

  static String venueId(DemoPaper p) {
    return "ICLR.cc/" + p.year() + "/Conference";
  }

  @Override
  public FakeResponse dispatch(RecordedRequest request) {
    Map<String, String> q = request.query();
    String venueId = q.get("content.venueid");
    int offset;
    int limit;
    try {
      offset = Integer.parseInt(q.getOrDefault("offset", "0"));
      limit = Math.min(MAX_LIMIT, Integer.parseInt(q.getOrDefault("limit", "1000")));
    } catch (NumberFormatException e) {
      return SiteResponses.json(400, "{\"name\":\"ValidationError\",\"message\":\"offset and limit must be numbers\"}");
    }
    if (RATE_LIMITED_VENUE.equals(venueId) && failures.once("openreview-429")) {
      return ScriptedFailures.tooManyRequests();
    }
    List<DemoPaper> all = byVenueId.getOrDefault(venueId, List.of());
    ArrayNode notes = JsonNodeFactory.instance.arrayNode();
    for (int i = Math.max(0, offset); i < Math.min(all.size(), offset + Math.max(0, limit)); i++) {
      notes.add(note(all.get(i), topics));
    }
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.set("notes", notes);
    body.put("count", all.size());
    return SiteResponses.json(body);
  }

  static ObjectNode note(DemoPaper p, boolean topics) {
    ObjectNode content = JsonNodeFactory.instance.objectNode();
    value(content, "title").put("value", p.title());
    ArrayNode authors = value(content, "authors").putArray("value");
    p.authors().forEach(authors::add);
    ArrayNode ids = value(content, "authorids").putArray("value");
    p.authors().forEach(a -> ids.add("~" + a.replace(' ', '_') + "1"));
    value(content, "abstract").put("value", p.abstractText());
    value(content, "venue").put("value", "ICLR " + p.year() + " poster");
    value(content, "venueid").put("value", venueId(p));
    value(content, "pdf").put("value", "/pdf/" + p.pdfKey() + ".pdf");
    if (topics) {
      PrimaryAreas.keyword(p.title()).ifPresent(k -> value(content, "keywords").putArray("value").add(k));
      if (p.year() >= PrimaryAreas.FIRST_ICLR_YEAR) {
        value(content, "primary_area").put("value", PrimaryAreas.of(p.title()));
      }
    }
    ObjectNode note = JsonNodeFactory.instance.objectNode();
    note.set("content", content);
    note.put("id", p.sourceId());
    note.put("forum", p.sourceId());
    long cdate = p.published().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    note.put("cdate", cdate);
    note.put("tcdate", cdate);
    note.put("domain", venueId(p));
    note.put("version", 2);
    return note;
  }

  private static ObjectNode value(ObjectNode content, String field) {
    return content.putObject(field);
  }
}
