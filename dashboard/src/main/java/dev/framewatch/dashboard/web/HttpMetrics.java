package dev.framewatch.dashboard.web;

import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/** Times every request by route template (not raw path, which would make one series per chart URL), method and status. */
public final class HttpMetrics {
  private static final String START = "framewatch.start";

  private final MeterRegistry registry;

  public HttpMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  public void start(Context ctx) {
    ctx.attribute(START, System.nanoTime());
  }

  public void stop(Context ctx) {
    Long start = ctx.attribute(START);
    if (start == null) {
      return;
    }
    String route;
    try {
      var endpoint = ctx.endpoints().lastHttpEndpoint();
      route = endpoint == null ? "unmatched" : endpoint.path;
    } catch (RuntimeException e) {
      route = "unmatched";
    }
    Timer.builder("http.server.requests").tag("route", route).tag("method", ctx.method().name())
        .tag("status", Integer.toString(ctx.statusCode())).publishPercentileHistogram(false)
        .register(registry).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
  }
}
