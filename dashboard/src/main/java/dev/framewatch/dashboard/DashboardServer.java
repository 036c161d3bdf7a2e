package dev.framewatch.dashboard;

import dev.framewatch.analytics.chart.PngChart;
import dev.framewatch.analytics.chart.SvgChart;
import dev.framewatch.core.time.IsoWeek;
import dev.framewatch.dashboard.api.AdoptionApi;
import dev.framewatch.dashboard.api.ApiResponses;
import dev.framewatch.dashboard.api.DocumentsQuery;
import dev.framewatch.dashboard.page.Pages;
import dev.framewatch.dashboard.view.View;
import dev.framewatch.dashboard.view.ViewChart;
import dev.framewatch.dashboard.view.ViewCharts;
import dev.framewatch.dashboard.view.ViewHeadlines;
import dev.framewatch.dashboard.view.ViewQuery;
import dev.framewatch.dashboard.web.AdminGate;
import dev.framewatch.dashboard.web.BadParameter;
import dev.framewatch.dashboard.web.HttpMetrics;
import dev.framewatch.dashboard.web.JettyJsonErrors;
import dev.framewatch.dashboard.web.JsonError;
import dev.framewatch.dashboard.web.Params;
import dev.framewatch.dashboard.web.ResponseCache;
import dev.framewatch.dashboard.web.SecurityHeaders;
import dev.framewatch.index.search.DocumentPage;
import dev.framewatch.index.search.DrillDown;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side: JSON API, pages, embeds and server-rendered charts over the index. Everything the pages need ships in the jar
 * (Chart.js from its WebJar, the page script and style), so the dashboard works offline.
 */
public final class DashboardServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);
  static final String CHART_JS = "/webjars/chart.js/" + ChartJs.VERSION + "/dist/chart.umd.js";
  static final String CHART_CACHE = "public, max-age=300";
  static final String API_CACHE = "public, max-age=60";

  /** Every GET route; the OpenAPI description must document each (a test holds them to it). */
  static final List<String> GET_ROUTES = List.of("/", "/health", "/metrics", "/api/openapi.json", "/api/share",
      "/api/documents", "/api/stars", "/api/models", "/api/sources", "/api/reports", "/api/export", "/documents", "/reports",
      "/{view}", "/embed/{view}", "/chart/{file}", "/reports/{week}/{file}", "/static/{file}",
      "/api/adoption", "/chart/adoption.svg", "/embed/adoption", "/adoption");
  static final List<String> POST_ROUTES = List.of("/api/admin/{action}");

  private static final Map<String, String> STATIC = Map.of("view.js", "text/javascript", "dashboard.css", "text/css");

  private final Javalin app;
  private final String url;

  private DashboardServer(Javalin app, String url) {
    this.app = app;
    this.url = url;
  }

  /** Starts serving on {@code bind}:{@code port} (0 = a free port). */
  public static DashboardServer start(String bind, int port, DashboardData data) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    DashboardMetrics.bind(registry, data);
    IndexVersion version = new IndexVersion(data::indexVersion);
    Routes routes = new Routes(data, version, new Pages(CHART_JS, data.banner()), new ResponseCache(512, registry),
        new AdminGate(data.adminToken()), new ChartCache(64));
    HttpMetrics metrics = new HttpMetrics(registry);
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.staticFiles.enableWebjars();
      config.jetty.modifyServer(server -> server.setErrorHandler(new JettyJsonErrors()));
      config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JettyJsonErrors()));
      config.routes.before(ctx -> {
        metrics.start(ctx);
        SecurityHeaders.apply(ctx);
      });
      config.routes.after(metrics::stop);
      config.routes.get("/", ctx -> ctx.redirect("/overview"));
      config.routes.get("/health", ctx -> ctx.json(Map.of("status", "up", "index", version.get())));
      config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
          .result(registry.scrape()));
      config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(OPENAPI));
      config.routes.get("/api/share", ctx -> routes.cachedApi(ctx, ApiResponses.SHARE_PARAMETERS,
          p -> ApiResponses.share(p, data)));
      config.routes.get("/api/models", ctx -> routes.cachedApi(ctx, ApiResponses.MODELS_PARAMETERS,
          p -> ApiResponses.models(p, data)));
      config.routes.get("/api/stars", ctx -> routes.cachedApi(ctx, ApiResponses.STARS_PARAMETERS,
          p -> ApiResponses.stars(p, data)));
      config.routes.get("/api/sources", ctx -> routes.cachedApi(ctx, Set.of(), p -> ApiResponses.sources(data)));
      config.routes.get("/api/reports", ctx -> {
        Params.of(Params.query(ctx), Set.of());
        ctx.contentType("application/json").result(ApiResponses.reports(data));
      });
      // Adoption (issue 16): registered before /chart/{file} and /embed/{view}, which would take these paths for views.
      config.routes.get("/api/adoption", ctx -> routes.cachedApi(ctx, AdoptionApi.PARAMETERS,
          p -> AdoptionApi.json(p, data.indexDir())));
      config.routes.get("/chart/adoption.svg", ctx -> routes.cachedSvg(ctx, AdoptionApi.CHART_PARAMETERS,
          p -> AdoptionApi.svg(p, data.indexDir())));
      // The page and the embed count every signal (paper-code and model-downloads scan the evidence index): once per index
      // version, like the API, not once per view.
      config.routes.get("/embed/adoption", ctx -> routes.cachedHtml(ctx, AdoptionApi.CHART_PARAMETERS,
          p -> AdoptionApi.embed(p, data.indexDir())));
      config.routes.get("/adoption", ctx -> routes.cachedHtml(ctx, Set.of(),
          p -> routes.pages().adoption(AdoptionApi.pageBody(data.indexDir()))));
      config.routes.get("/api/documents", routes::documentsJson);
      config.routes.get("/api/export", ctx -> dev.framewatch.dashboard.api.ExportApi.handle(ctx, data));
      config.routes.get("/reports", ctx -> {
        Params.of(Params.query(ctx), Set.of());
        ctx.html(routes.pages().reports(dev.framewatch.core.json.Json.mapper().readTree(ApiResponses.reports(data))));
      });
      config.routes.get("/documents", routes::documentsPage);
      config.routes.get("/reports/{week}/{file}", routes::reportFile);
      config.routes.get("/static/{file}", ctx -> {
        String file = ctx.pathParam("file");
        String type = STATIC.get(file);
        if (type == null) {
          throw new io.javalin.http.NotFoundResponse();
        }
        ctx.header("Cache-Control", "public, max-age=3600").contentType(type).result(resource("/dashboard/static/" + file));
      });
      config.routes.get("/embed/{view}", ctx -> routes.page(ctx, true));
      config.routes.get("/chart/{file}", routes::chart);
      config.routes.get("/{view}", ctx -> routes.page(ctx, false));
      config.routes.post("/api/admin/{action}", routes::admin);
      config.routes.exception(BadParameter.class, (e, ctx) -> JsonError.send(ctx, 400, e.parameter(), e.getMessage()));
      config.routes.exception(io.javalin.http.HttpResponseException.class, (e, ctx) ->
          JsonError.send(ctx, e.getStatus(), null, e.getMessage()));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        JsonError.send(ctx, 500, null, "internal error (logged on the server)");
      });
      config.routes.error(404, ctx -> {
        if (ctx.result() == null) {
          JsonError.send(ctx, 404, null, "no such page: " + Params.printable(ctx.path()));
        }
      });
    });
    app.start(bind, port);
    String host = bind.contains(":") ? "[" + bind + "]" : bind;
    String url = "http://" + host + ":" + app.port() + "/";
    LOG.info("dashboard at {}", url);
    return new DashboardServer(app, url);
  }

  static final String OPENAPI = dev.framewatch.dashboard.api.OpenApiDescription.render(resource("/dashboard/openapi.json"));

  static byte[] resource(String path) {
    try (InputStream in = DashboardServer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String url() {
    return url;
  }

  @Override
  public void close() {
    app.stop();
  }

  /** The handlers that need more than one line, sharing the cache, pages and admin gate. */
  private record Routes(DashboardData data, IndexVersion version, Pages pages, ResponseCache cache, AdminGate admin,
      ChartCache charts) {

    /** The view's chart at the index's current commit, built once for its page, JSON, CSV and images. */
    ViewChart chartOf(ViewQuery q) {
      return charts.get(version.get() + " " + q.withScale(1).url("/chart/" + q.view().key()),
          () -> ViewCharts.build(q, data));
    }

    /** A read API answer, cached per index version and canonical query (sorted parameters). */
    void cachedApi(Context ctx, Set<String> allowed, java.util.function.Function<Params, String> render) {
      Params p = Params.of(Params.query(ctx), allowed);
      String key = version.get() + " " + ctx.path() + "?" + sortedQuery(Params.query(ctx));
      ResponseCache.send(ctx, cache.get(key, "application/json",
          () -> render.apply(p).getBytes(StandardCharsets.UTF_8)), API_CACHE);
    }

    /** A chart image by the same cache as the API, per index version and canonical query. */
    void cachedSvg(Context ctx, Set<String> allowed, java.util.function.Function<Params, String> render) {
      Params p = Params.of(Params.query(ctx), allowed);
      String key = version.get() + " " + ctx.path() + "?" + sortedQuery(Params.query(ctx));
      ResponseCache.send(ctx, cache.get(key, "image/svg+xml",
          () -> render.apply(p).getBytes(StandardCharsets.UTF_8)), CHART_CACHE);
    }

    /**
     * A page by the same cache, per index version and canonical query. {@code no-cache}: browsers revalidate each view (the
     * ETag answers 304 while the index is unchanged), so a new commit shows at once.
     */
    void cachedHtml(Context ctx, Set<String> allowed, java.util.function.Function<Params, String> render) {
      Params p = Params.of(Params.query(ctx), allowed);
      String key = version.get() + " " + ctx.path() + "?" + sortedQuery(Params.query(ctx));
      ResponseCache.send(ctx, cache.get(key, "text/html; charset=utf-8",
          () -> render.apply(p).getBytes(StandardCharsets.UTF_8)), "no-cache");
    }

    void page(Context ctx, boolean embed) {
      View view = View.parse(ctx.pathParam("view"));
      ViewQuery q = ViewQuery.parse(view, Params.query(ctx), data.vocabulary());
      if (q.scale() != 1) {
        throw new BadParameter("scale", "scale applies to PNG charts only (/chart/" + view.key() + ".png?scale=2)");
      }
      String path = (embed ? "/embed/" : "/") + view.key();
      if (ChartUrls.redirectToCanonical(ctx, q, path)) {
        return;
      }
      ctx.header("Cache-Control", "no-cache");
      if (embed) {
        ctx.html(pages.embed(q));
        return;
      }
      ViewChart chart = chartOf(q);
      ctx.html(pages.view(q, q.view().isStars() ? null : ViewHeadlines.of(q, data), chart));
    }

    void chart(Context ctx) {
      ChartUrls.File file = ChartUrls.File.parse(ctx.pathParam("file"));
      View view = View.parse(file.view());
      ViewQuery q = ViewQuery.parse(view, Params.query(ctx), data.vocabulary());
      if (file.doubled()) {
        // /chart/<view>@2x.png: the high-density image under a name srcset and Markdown users expect; one URL serves it.
        if (q.scale() != 1) {
          throw new BadParameter("scale", "give either @2x or scale=, not both");
        }
        ChartUrls.redirect(ctx, q.withScale(2), "/chart/" + view.key() + ".png");
        return;
      }
      if (q.scale() != 1 && !file.format().equals("png")) {
        throw new BadParameter("scale", "scale applies to PNG charts only, not ." + file.format());
      }
      String path = "/chart/" + view.key() + "." + file.format();
      if (ChartUrls.redirectToCanonical(ctx, q, path)) {
        return;
      }
      String key = version.get() + " " + q.url(path);
      String type = switch (file.format()) {
        case "svg" -> "image/svg+xml";
        case "png" -> "image/png";
        case "json" -> "application/json";
        default -> "text/csv; charset=utf-8";
      };
      ResponseCache.send(ctx, cache.get(key, type, () -> {
        ViewChart chart = chartOf(q);
        return switch (file.format()) {
          case "svg" -> SvgChart.render(chart.spec()).getBytes(StandardCharsets.UTF_8);
          case "png" -> PngChart.render(chart.spec(), q.scale());
          case "json" -> chart.json().getBytes(StandardCharsets.UTF_8);
          default -> chart.csv().getBytes(StandardCharsets.UTF_8);
        };
      }), CHART_CACHE);
    }

    void documentsJson(Context ctx) {
      DrillDown request = DocumentsQuery.parse(Params.query(ctx), data.vocabulary());
      DocumentPage page = DocumentsQuery.find(data, request);
      ctx.contentType("application/json").result(DocumentsQuery.json(request, page));
    }

    void documentsPage(Context ctx) {
      DrillDown request = DocumentsQuery.parse(Params.query(ctx), data.vocabulary());
      DocumentPage page = DocumentsQuery.find(data, request);
      ctx.html(pages.documents(request, page, Params.query(ctx)));
    }

    void reportFile(Context ctx) {
      String week = ctx.pathParam("week");
      String file = ctx.pathParam("file");
      if (!IsoWeek.isWeek(week)) {
        throw new BadParameter("week", "week must look like 2026-W47, got '" + Params.printable(week) + "'");
      }
      if (!ApiResponses.REPORT_FILE.matcher(file).matches()) {
        throw new BadParameter("file", "no such report file '" + Params.printable(file) + "'");
      }
      Path p = data.reportsDir().resolve(week).resolve(file);
      if (!Files.isRegularFile(p)) {
        throw new io.javalin.http.NotFoundResponse("no report file " + week + "/" + file);
      }
      String type = file.endsWith(".html") ? "text/html; charset=utf-8"
          : file.endsWith(".csv") ? "text/csv; charset=utf-8" : "text/markdown; charset=utf-8";
      try {
        ctx.contentType(type).result(Files.readAllBytes(p));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void admin(Context ctx) {
      String refusal = admin.refuse(ctx.header("Authorization"));
      if (refusal != null) {
        JsonError.send(ctx, admin.enabled() ? 401 : 403, null, refusal);
        return;
      }
      String name = ctx.pathParam("action");
      Supplier<String> action = data.actions().get(name);
      if (action == null) {
        throw new BadParameter("action", "unknown action '" + Params.printable(name) + "' (expected one of "
            + String.join(", ", new java.util.TreeSet<>(data.actions().keySet())) + ")");
      }
      LOG.info("admin action {} requested", name);
      ctx.json(Map.of("action", name, "result", action.get()));
    }

    private static String sortedQuery(Map<String, List<String>> query) {
      StringBuilder sb = new StringBuilder();
      new java.util.TreeMap<>(query).forEach((k, v) -> sb.append(k).append('=').append(v.get(0)).append('\u0000'));
      return sb.toString();
    }
  }
}
