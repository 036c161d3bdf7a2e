package dev.framewatch.dashboard.web;

import io.javalin.http.Context;

/**
 * Headers every response carries. Scripts only from the dashboard itself (no inline script, so text that slipped through
 * escaping still could not run); only embeds and chart images may be framed or fetched from other sites (CORS), everything else
 * is same-origin.
 */
public final class SecurityHeaders {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors ";

  private SecurityHeaders() {}

  public static void apply(Context ctx) {
    boolean embeddable = isEmbeddable(ctx.path());
    ctx.header("Content-Security-Policy", CSP + (embeddable ? "*" : "'none'"));
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    if (embeddable) {
      ctx.header("Access-Control-Allow-Origin", "*");
    } else {
      ctx.header("X-Frame-Options", "DENY");
    }
  }

  /** Embeds and server-rendered charts: the only paths other sites may frame or fetch. */
  public static boolean isEmbeddable(String path) {
    return path.startsWith("/embed/") || path.startsWith("/chart/");
  }
}
