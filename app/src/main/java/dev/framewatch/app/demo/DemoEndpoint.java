package dev.framewatch.app.demo;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/** One path the demo site serves, e.g. the Hub's {@code /api/models}; each source's fake service is one endpoint. */
public interface DemoEndpoint {
  /** The path prefix the endpoint is mounted at, e.g. {@code /api/models}. */
  String path();

  /** Every path prefix it answers, when it has more than one (CVF serves {@code /CVPR2019} and {@code /content/...}). */
  default java.util.List<String> paths() {
    return java.util.List.of(path());
  }

  /** The framewatch source it stands in for ({@code papers}, {@code jobs}, {@code github}, {@code huggingface}). */
  default String source() {
    return "site";
  }

  /**
   * Answers one request. Runs on the site's executor, concurrently with others: implementations must be thread-safe.
   *
   * @param baseUrl the site's {@code http://127.0.0.1:<port>}, for absolute links
   */
  void handle(HttpExchange exchange, String baseUrl) throws IOException;
}
