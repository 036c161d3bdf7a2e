package dev.framewatch.dashboard.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.core.json.Json;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.dashboard.DashboardData;
import dev.framewatch.dashboard.web.BadParameter;
import dev.framewatch.dashboard.web.Params;
import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.search.DocumentHit;
import dev.framewatch.index.search.DocumentPage;
import dev.framewatch.index.search.DrillDown;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The drill-down request of {@code /api/documents} and the {@code /documents} page: a cell of a share table and a page of it. */
public final class DocumentsQuery {
  public static final int DEFAULT_LIMIT = 50;

  /** Cell dimensions a URL may pin: every dimension but framework, which is its own parameter. */
  static final List<Dimension> CELL = Arrays.stream(Dimension.values()).filter(d -> d != Dimension.FRAMEWORK).toList();

  public static final Set<String> PARAMETERS = parameters();

  private DocumentsQuery() {}

  private static Set<String> parameters() {
    Set<String> s = new HashSet<>(List.of("where", "framework", "order", "offset", "limit"));
    CELL.forEach(d -> s.add(d.key()));
    return Set.copyOf(s);
  }

  public static DrillDown parse(Map<String, List<String>> query, Vocabulary vocabulary) {
    Params p = Params.of(query, PARAMETERS);
    Map<Dimension, String> cell = new LinkedHashMap<>();
    for (Dimension d : CELL) {
      List<String> v = query.get(d.key());
      if (v != null) {
        cell.put(d, v.get(0).trim()); // empty means "documents without one", as in the share table's null group
      }
    }
    String framework = p.string("framework");
    if (framework != null && !vocabulary.isFramework(framework)) {
      throw new BadParameter("framework", "unknown framework '" + Params.printable(framework) + "' (expected one of "
          + String.join(", ", vocabulary.frameworkIds()) + ")");
    }
    DrillDown.Order order = DrillDown.Order.valueOf(
        p.choice("order", List.of("relevance", "newest"), "relevance").toUpperCase(java.util.Locale.ROOT));
    int offset = p.integer("offset", 0, 100_000, 0);
    int limit = p.integer("limit", 1, DrillDown.MAX_LIMIT, DEFAULT_LIMIT);
    return new DrillDown(p.string("where"), cell, framework, order, offset, limit);
  }

  /** The page of documents, or an empty page when there is no index yet. */
  public static DocumentPage find(DashboardData data, DrillDown request) {
    try {
      return data.shares().withReader(r -> r == null ? new DocumentPage(0, request.offset(), List.of())
          : data.search().find(r, request));
    } catch (IllegalArgumentException e) {
      throw new BadParameter("where", e.getMessage());
    }
  }

  public static String json(DrillDown request, DocumentPage page) {
    ObjectNode root = Json.mapper().createObjectNode();
    if (request.where() != null) {
      root.put("where", request.where());
    }
    ObjectNode cell = root.putObject("cell");
    request.cell().forEach((d, v) -> cell.put(d.key(), v));
    root.put("framework", request.framework());
    root.put("total", page.total());
    root.put("offset", page.offset());
    root.put("limit", request.limit());
    ArrayNode hits = root.putArray("documents");
    for (DocumentHit h : page.hits()) {
      ObjectNode o = hits.addObject();
      o.put("id", h.id());
      o.put("kind", h.kind());
      o.put("source", h.source());
      o.put("title", h.title());
      o.put("venue", h.venue());
      o.put("year", h.year());
      ArrayNode fw = o.putArray("frameworks");
      h.frameworks().forEach(fw::add);
      ObjectNode ev = o.putObject("evidence");
      h.evidence().forEach(ev::put);
      o.put("url", h.url());
    }
    return root.toString();
  }
}
