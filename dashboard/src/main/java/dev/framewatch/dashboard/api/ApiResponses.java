package dev.framewatch.dashboard.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.analytics.report.IndexFreshness;
import dev.framewatch.analytics.report.WeeklyReport;
import dev.framewatch.analytics.share.ShareFormat;
import dev.framewatch.analytics.share.Weighting;
import dev.framewatch.core.json.Json;
import dev.framewatch.core.time.IsoWeek;
import dev.framewatch.dashboard.DashboardData;
import dev.framewatch.dashboard.web.BadParameter;
import dev.framewatch.dashboard.web.Params;
import dev.framewatch.index.IndexInfo;
import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.count.ShareCounts;
import dev.framewatch.index.search.StarSeries;
import dev.framewatch.index.search.StarSeriesSearch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The JSON bodies of the read API, each from validated parameters; rendering only, the routes live in the server. */
public final class ApiResponses {
  public static final Set<String> SHARE_PARAMETERS = Set.of("by", "where", "method", "frameworks", "from", "to", "weight");
  public static final Set<String> MODELS_PARAMETERS = Set.of("by", "where", "method", "frameworks", "from", "to", "weight");
  public static final Set<String> STARS_PARAMETERS = Set.of("repos", "from", "align");
  public static final Pattern REPORT_FILE = Pattern.compile("[a-z0-9-]{1,40}\\.(html|md|csv)");

  /**
   * {@code /api/models} groupings, each an index dimension: the hub's {@code library_name} and {@code pipeline_tag} as stated,
   * the domain the pipeline tag implies, the frameworks the method attributes, and periods.
   */
  static final Map<String, String> MODEL_DIMENSIONS = Map.of("library", "library", "task", "task", "domain", "domain",
      "framework", "framework", "month", "month", "quarter", "quarter", "year", "year", "week", "week");

  private ApiResponses() {}

  /** {@code /api/share}: the CLI's {@code share --format json}, plus the data freshness per kind. */
  public static String share(Params p, DashboardData data) {
    ShareQuery q = ShareQuery.parse(p, ShareQuery.dimensions(p, "by", "year"), data.vocabulary());
    Weighting weighting = weighting(p);
    if (weighting != Weighting.NONE) {
      return WeightedShareApi.json(q, weighting, data);
    }
    return withFreshness(q.run(data.shares()), data);
  }

  /** {@code weight=none|downloads}; a bad value is a 400 naming it. */
  private static Weighting weighting(Params p) {
    try {
      return Weighting.parse("weight", p.string("weight"));
    } catch (IllegalArgumentException e) {
      throw new BadParameter("weight", e.getMessage());
    }
  }

  /** {@code /api/models?by=library,month}: shares among Hugging Face models. */
  public static String models(Params p, DashboardData data) {
    String by = p.string("by") == null ? "library,month" : p.string("by");
    List<String> dims = new ArrayList<>();
    for (String part : by.split(",")) {
      String d = MODEL_DIMENSIONS.get(part.trim().toLowerCase(java.util.Locale.ROOT));
      if (d == null) {
        throw new BadParameter("by", "unknown grouping '" + Params.printable(part.trim()) + "' (expected some of "
            + String.join(", ", new java.util.TreeSet<>(MODEL_DIMENSIONS.keySet())) + ")");
      }
      dims.add(d);
    }
    List<Dimension> dimensions;
    try {
      dimensions = Dimension.parseList(String.join(",", dims));
    } catch (IllegalArgumentException e) {
      throw new BadParameter("by", e.getMessage());
    }
    ShareQuery q = ShareQuery.parse(p, dimensions, data.vocabulary()).within("kind:model");
    Weighting weighting = weighting(p);
    if (weighting != Weighting.NONE) {
      return WeightedShareApi.json(q, weighting, data);
    }
    return withFreshness(q.run(data.shares()), data);
  }

  static String withFreshness(ObjectNode root, DashboardData data) {
    root.set("freshness", freshness(IndexFreshness.read(data.indexDir())));
    try {
      return Json.mapper().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String withFreshness(ShareCounts counts, DashboardData data) {
    ObjectNode root = ShareFormat.jsonTree(counts);
    root.set("freshness", freshness(IndexFreshness.read(data.indexDir())));
    try {
      return Json.mapper().writeValueAsString(root); // compact: a dashboard polls this, nobody reads it raw
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ArrayNode freshness(List<WeeklyReport.Freshness> list) {
    ArrayNode a = Json.mapper().createArrayNode();
    for (WeeklyReport.Freshness f : list) {
      ObjectNode o = a.addObject();
      o.put("kind", f.kind());
      o.put("documents", f.documents());
      o.put("newest_evidence", f.newestEvidence() == null ? null : f.newestEvidence().toString());
    }
    return a;
  }

  /** {@code /api/stars?repos=a/b,c/d&from=...&align=true}. */
  public static String stars(Params p, DashboardData data) {
    List<String> repos = p.list("repos", dev.framewatch.dashboard.view.ViewQuery.REPO, "a repository like owner/name",
        dev.framewatch.dashboard.view.ViewQuery.MAX_REPOS);
    LocalDate from = p.date("from");
    boolean align = p.bool("align", false);
    List<StarSeries> series = data.shares().withReader(r -> r == null ? List.<StarSeries>of()
        : StarSeriesSearch.read(r, repos.isEmpty() ? StarSeriesSearch.repositories(r) : repos, from));
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("align", align);
    ArrayNode out = root.putArray("repos");
    for (StarSeries s : series) {
      ObjectNode o = out.addObject();
      o.put("repo", s.repo());
      o.put("start", s.points().isEmpty() ? null : s.points().get(0).date().toString());
      ArrayNode pts = o.putArray("points");
      for (StarSeries.Point pt : s.points()) {
        ObjectNode q = pts.addObject();
        if (align) {
          q.put("day", pt.day());
        }
        q.put("date", pt.date().toString());
        q.put("stars", pt.stars());
        q.put("new_stars", pt.newStars());
      }
    }
    return root.toString();
  }

  /**
   * {@code /api/sources}: each source's last crawl (when it finished, pages, new records, failures, dead letters, or the error
   * that stopped it), what the index holds per source and per kind, the newest evidence per kind and the last commit.
   */
  public static String sources(DashboardData data) {
    ObjectNode root = Json.mapper().createObjectNode();
    IndexInfo info = IndexInfo.read(data.indexDir());
    ObjectNode index = root.putObject("index");
    index.put("documents", info.documents());
    index.put("last_commit", info.lastCommit() == null ? null : info.lastCommit().toString());
    index.put("method", info.methodName() == null ? null : info.methodName() + " " + info.methodVersion());
    root.set("kinds", freshness(IndexFreshness.read(data.indexDir())));
    ArrayNode crawls = root.putArray("crawls");
    CrawlLog.read(data.dataDir()).forEach(crawls::add);
    ArrayNode sources = root.putArray("sources");
    ShareCounts bySource = data.shares().share(List.of(Dimension.SOURCE, Dimension.KIND), null);
    for (ShareCounts.GroupTotal g : bySource.groups()) {
      ObjectNode o = sources.addObject();
      o.put("source", g.group().get("source"));
      o.put("kind", g.group().get("kind"));
      o.put("documents", g.documents());
      o.put("documents_any_framework", g.documentsAnyFramework());
    }
    return root.toString();
  }

  /** {@code /api/reports}: the archived weekly reports, newest first, with their files' URLs. */
  public static String reports(DashboardData data) {
    ObjectNode root = Json.mapper().createObjectNode();
    ArrayNode out = root.putArray("reports");
    Path dir = data.reportsDir();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> weeks = Files.list(dir)) {
        for (Path week : weeks.filter(w -> IsoWeek.isWeek(w.getFileName().toString()))
            .sorted(Comparator.comparing((Path w) -> w.getFileName().toString()).reversed()).toList()) {
          ObjectNode o = out.addObject();
          String name = week.getFileName().toString();
          o.put("week", name);
          ArrayNode files = o.putArray("files");
          try (Stream<Path> fs = Files.list(week)) {
            fs.map(f -> f.getFileName().toString()).filter(f -> REPORT_FILE.matcher(f).matches()).sorted()
                .forEach(f -> files.add("/reports/" + name + "/" + f));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list the reports in " + dir + ": " + e.getMessage(), e);
      }
    }
    return root.toString();
  }
}
