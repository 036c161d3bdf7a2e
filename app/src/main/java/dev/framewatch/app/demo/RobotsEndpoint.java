package dev.framewatch.app.demo;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/** {@code /robots.txt}: everything allowed, so the demo exercises the robots check without being blocked by it. */
final class RobotsEndpoint implements DemoEndpoint {
  @Override
  public String path() {
    return "/robots.txt";
  }

  @Override
  public void handle(HttpExchange exchange, String baseUrl) throws IOException {
    Responses.send(exchange, 200, "text/plain; charset=utf-8", "User-agent: *\nAllow: /\n");
  }
}
