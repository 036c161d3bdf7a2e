package dev.framewatch.dashboard;

import dev.framewatch.analytics.share.ShareFormat;
import dev.framewatch.analytics.share.ShareService;
import dev.framewatch.index.count.Dimension;
import dev.framewatch.index.count.ShareCounts;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side: the share API and the first page with one chart. Everything the page needs ships in the jar (Chart.js from its
 * WebJar), so it works offline.
 */
public final class DashboardServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);
  private static final String CHART_JS = "/webjars/chart.js/" + ChartJs.VERSION + "/dist/chart.umd.js";

  private final Javalin app;
  private final String url;

  private DashboardServer(Javalin app, String url) {
    this.app = app;
    this.url = url;
  }

  /**
   * Starts serving on {@code bind}:{@code port} (0 = a free port).
   *
   * @param banner shown above the chart, e.g. "Demo data"; may be empty
   */
  public static DashboardServer start(String bind, int port, ShareService shares, String banner) {
    String page = overviewPage(banner);
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.staticFiles.enableWebjars();
      config.routes.get("/", ctx -> ctx.html(page));
      config.routes.get("/overview", ctx -> ctx.html(page));
      config.routes.get("/health", ctx -> ctx.json(java.util.Map.of("status", "up")));
      config.routes.get("/api/share", ctx -> share(ctx, shares));
    });
    app.start(bind, port);
    String host = bind.contains(":") ? "[" + bind + "]" : bind;
    String url = "http://" + host + ":" + app.port() + "/";
    LOG.info("dashboard at {}", url);
    return new DashboardServer(app, url);
  }

  private static void share(Context ctx, ShareService shares) {
    List<Dimension> by;
    try {
      by = Dimension.parseList(ctx.queryParamAsClass("by", String.class).getOrDefault("year"));
    } catch (IllegalArgumentException e) {
      badRequest(ctx, "by", e.getMessage());
      return;
    }
    String where = ctx.queryParam("where");
    ShareCounts counts;
    try {
      counts = shares.share(by, where);
    } catch (IllegalArgumentException e) {
      badRequest(ctx, "where", e.getMessage());
      return;
    }
    ctx.contentType("application/json").result(ShareFormat.json(counts));
  }

  private static void badRequest(Context ctx, String parameter, String message) {
    ctx.status(HttpStatus.BAD_REQUEST).contentType("application/json")
        .result("{\"error\":" + quote(message) + ",\"parameter\":" + quote(parameter) + "}");
  }

  private static String quote(String s) {
    try {
      return dev.framewatch.core.json.Json.mapper().writeValueAsString(s);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String overviewPage(String banner) {
    try (InputStream in = DashboardServer.class.getResourceAsStream("/dashboard/overview.html")) {
      String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return html.replace("{{CHART_JS}}", CHART_JS).replace("{{BANNER}}", Html.escape(banner == null ? "" : banner));
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
}
