package dev.framewatch.dashboard.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.core.json.Json;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty raises before a request reaches the routes (an ambiguous path such as {@code /%2e%2e/}, a malformed request line)
 * in the dashboard's one error shape, naming the request's {@code path} as what is wrong, instead of Jetty's HTML page.
 */
public final class JettyJsonErrors extends ErrorHandler {
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus() > 0 ? response.getStatus() : 500;
    Object message = request.getAttribute(ERROR_MESSAGE);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(body(status, message == null ? null : message.toString())), callback);
    return true;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    return ByteBuffer.wrap(body(status, reason));
  }

  static byte[] body(int status, String reason) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("error", "bad request: " + (reason == null || reason.isBlank() ? "HTTP " + status : Params.printable(reason)));
    if (status >= 400 && status < 500) {
      o.put("parameter", "path");
    }
    return o.toString().getBytes(StandardCharsets.UTF_8);
  }
}
