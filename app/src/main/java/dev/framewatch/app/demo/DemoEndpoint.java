package dev.framewatch.app.demo;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/** One path the demo site serves, e.g. the Hub's {@code /api/models}; each source's fake service is one endpoint. */
public interface DemoEndpoint {
  /** The path prefix the endpoint is mounted at, e.g. {@code /api/models}. */
  String path();

  /**
   * Answers one request. Runs on the site's executor, concurrently with others: implementations must be thread-safe.
   *
   * @param baseUrl the site's {@code http://127.0.0.1:<port>}, for absolute links
   */
  void handle(HttpExchange exchange, String baseUrl) throws IOException;
}
