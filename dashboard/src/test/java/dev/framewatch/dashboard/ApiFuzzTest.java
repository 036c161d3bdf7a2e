package dev.framewatch.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.core.json.Json;
import dev.framewatch.dashboard.testing.DashboardFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10,000 random and malformed requests (seeded, so a failure replays) sent as raw bytes over a socket, so that even request
 * lines no well-behaved client would write reach the server: no 5xx ever, and every 400 is JSON naming the parameter and the
 * problem.
 */
class ApiFuzzTest {
  static final int REQUESTS = 10_000;
  static final long SEED = 20261130L;

  static final String[] PATHS = {"/api/share", "/api/documents", "/api/stars", "/api/models", "/api/sources", "/api/reports",
      "/documents", "/papers", "/overview", "/jobs", "/github", "/huggingface", "/embed/papers", "/embed/github",
      "/chart/papers.svg", "/chart/overview.png", "/chart/jobs.json", "/chart/huggingface.csv", "/chart/github.svg",
      "/chart/x.svg", "/chart/papers", "/chart/.svg", "/reports/2022-W10/report.md", "/reports/x/y", "/health",
      "/api/openapi.json", "/static/view.js", "/static/../pom.xml", "/nowhere", "/embed/", "/%2e%2e/etc/passwd"};
  static final String[] NAMES = {"by", "where", "method", "frameworks", "from", "to", "period", "repos", "align", "theme",
      "width", "height", "log", "legend", "venue", "year", "framework", "kind", "order", "offset", "limit", "month", "domain",
      "source", "combination", "week", "quarter", "x", "", "by%00", "wh%65re", "%zz", "a[b]"};
  static final String[] VALUES = {"year", "venue,year", "kind", "framework", "planet", "year,year", ",", "kind:paper",
      "venue:cvpr AND year:[2018 TO 2020]", "(", ")", "\"", "title:\"deep", "text:*", "*:*", "text:py*", "year:[2019 TO",
      "planet:mars", "title:[a TO b]", "text:pytorch~2", "/regex.*/", "stars:[10 TO 100]", "stars:abc", "NOT", "AND OR",
      "default", "horace-2019", "../../etc/passwd", "pytorch", "pytorch,tensorflow", "torch", "2019", "-1", "0", "99999999999",
      "1e3", "2020-01-01", "2020-13-45", "a/b", "a/b,c/d", "not-a-repo", "true", "false", "maybe", "dark", "light", "760",
      "200", "2401", "%00", "%zz", "%", "%E2%82%AC", "%C3%28", "<script>alert(1)</script>", "'; DROP TABLE x; --",
      "\u00e9t\u00e9", "\ud83d\ude00", "relevance", "newest", "library,month", "task", "cvpr", "", " "};

  @Test
  void tenThousandRandomAndMalformedQueriesGiveNo5xxAndEvery400NamesTheProblem(@TempDir Path dir) throws Exception {
    Random rnd = new Random(SEED);
    Map<Integer, Integer> statuses = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    try (DashboardFixture fx = new DashboardFixture(dir, null)) {
      URI base = URI.create(fx.server.url());
      for (int i = 0; i < REQUESTS && failures.size() < 10; i++) {
        String target = PATHS[rnd.nextInt(PATHS.length)] + query(rnd);
        Response r = get(base, target);
        statuses.merge(r.status, 1, Integer::sum);
        if (r.status >= 500) {
          failures.add(r.status + " for " + target + ": " + r.body);
        } else if (r.status == 400 && !namesTheProblem(r)) {
          failures.add("400 without a JSON error naming the parameter for " + target + ": " + r.body);
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
    assertEquals(REQUESTS, statuses.values().stream().mapToInt(Integer::intValue).sum(), statuses.toString());
    assertTrue(statuses.getOrDefault(200, 0) > 1000 && statuses.getOrDefault(400, 0) > 1000,
        "both good and bad requests were exercised: " + statuses);
    System.out.println("fuzz: statuses " + statuses);
  }

  private static boolean namesTheProblem(Response r) {
    try {
      JsonNode e = Json.mapper().readTree(r.body);
      return !e.path("error").asText("").isBlank() && e.has("parameter") && !e.path("parameter").asText("").isBlank();
    } catch (IOException e) {
      return false;
    }
  }

  private static String query(Random rnd) {
    int n = rnd.nextInt(5);
    if (n == 0) {
      return rnd.nextInt(10) == 0 ? "?" : "";
    }
    StringBuilder sb = new StringBuilder("?");
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(rnd.nextInt(20) == 0 ? "&&" : "&");
      }
      sb.append(NAMES[rnd.nextInt(NAMES.length)]);
      if (rnd.nextInt(15) != 0) {
        sb.append('=').append(value(rnd));
      }
    }
    return sb.toString();
  }

  /** A value from the pool, mostly percent-encoded as a client would, sometimes raw, sometimes long or random bytes. */
  private static String value(Random rnd) {
    int kind = rnd.nextInt(20);
    if (kind == 0) {
      return "a".repeat(1000 + rnd.nextInt(3000));
    }
    if (kind == 1) {
      StringBuilder sb = new StringBuilder();
      for (int i = rnd.nextInt(30); i >= 0; i--) {
        sb.append('%').append(String.format("%02X", rnd.nextInt(256)));
      }
      return sb.toString();
    }
    String v = VALUES[rnd.nextInt(VALUES.length)];
    if (v.startsWith("%") || kind == 2) {
      return v.replace(" ", "+").replace("#", "%23").replace("&", "%26");
    }
    return java.net.URLEncoder.encode(v, StandardCharsets.UTF_8);
  }

  record Response(int status, String body) {}

  /** One request written byte for byte: {@code target} goes into the request line as it is. */
  static Response get(URI base, String target) throws IOException {
    try (Socket s = new Socket(base.getHost(), base.getPort())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(("GET " + target + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.ISO_8859_1);
      int status = Integer.parseInt(text.substring(9, 12));
      int split = text.indexOf("\r\n\r\n");
      String head = text.substring(0, split);
      String body = text.substring(split + 4);
      if (head.toLowerCase().contains("transfer-encoding: chunked")) {
        body = dechunk(body);
      }
      assertFalse(body.contains("\tat ") || body.contains("Exception"), "no stack trace for " + target + ": " + body);
      return new Response(status, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }
  }

  private static String dechunk(String chunked) {
    StringBuilder out = new StringBuilder();
    int pos = 0;
    while (pos < chunked.length()) {
      int eol = chunked.indexOf("\r\n", pos);
      int size = Integer.parseInt(chunked.substring(pos, eol).trim(), 16);
      if (size == 0) {
        break;
      }
      out.append(chunked, eol + 2, eol + 2 + size);
      pos = eol + 2 + size + 2;
    }
    return out.toString();
  }
}
