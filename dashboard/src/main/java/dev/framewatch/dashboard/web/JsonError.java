package dev.framewatch.dashboard.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.core.json.Json;
import io.javalin.http.Context;

/** The one shape of every error body: {@code {"error": "...", "parameter": "..."}} (parameter only when one is to blame). */
public final class JsonError {
  private JsonError() {}

  public static void send(Context ctx, int status, String parameter, String message) {
    ObjectNode body = Json.mapper().createObjectNode();
    body.put("error", message);
    if (parameter != null) {
      body.put("parameter", parameter);
    }
    ctx.status(status).contentType("application/json").result(body.toString());
  }
}
