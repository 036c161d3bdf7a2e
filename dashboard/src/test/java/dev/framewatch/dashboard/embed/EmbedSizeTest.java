package dev.framewatch.dashboard.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.core.json.Json;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Job;
import dev.framewatch.core.record.Model;
import dev.framewatch.core.record.Paper;
import dev.framewatch.core.record.Stars;
import dev.framewatch.dashboard.testing.DashboardFixture;
import dev.framewatch.dashboard.view.View;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code /chart/<view>.svg} stays embeddable (at most 150 KB) over a corpus denser than the demo's, at the largest
 * allowed size and every setting a view offers (period, split, log scale, alignment), and still draws every series: one line
 * and one legend entry per series with a drawable point. The corpus: seven repositories with a star count on every day of
 * eight years (the demo has stars on some days only), and papers, jobs and models spread over ten years.
 */
class EmbedSizeTest {
  static final int MAX_BYTES = 150 * 1024;
  static final String LARGEST = "width=2400&height=1600";

  @TempDir static Path dir;
  static DashboardFixture fx;
  /** Follows the canonical redirects (the queries below are written unsorted). */
  static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

  @BeforeAll
  static void start() throws Exception {
    fx = new DashboardFixture(dir, null, corpus(new Random(14)));
  }

  @AfterAll
  static void stop() {
    if (fx != null) {
      fx.close();
    }
  }

  static final String[] FRAMEWORK_TEXT = {"We use PyTorch.", "Implemented in TensorFlow.", "Written with JAX.",
      "Built with Keras.", "Trained with MXNet."};
  static final String[] MODEL_TAG = {"pytorch", "tf", "jax", "keras", "mxnet"};

  static List<EvidenceRecord> corpus(Random rnd) {
    List<EvidenceRecord> out = new ArrayList<>();
    String[] repos = {"pytorch/pytorch", "tensorflow/tensorflow", "jax-ml/jax", "keras-team/keras", "apache/mxnet",
        "PaddlePaddle/Paddle", "huggingface/transformers"};
    LocalDate first = LocalDate.of(2018, 1, 1);
    for (String repo : repos) {
      long stars = 0;
      double rate = 1 + rnd.nextInt(30);
      for (int d = 0; d < 8 * 365; d++) {
        LocalDate day = first.plusDays(d);
        long added = rnd.nextInt((int) rate + 1) + (rnd.nextInt(300) == 0 ? 400 : 0); // daily noise, launch days
        rate = Math.max(0, rate + rnd.nextGaussian() * 0.5);
        stars += added;
        out.add(new Stars("stars:" + repo + ":" + day, "github", null, repo, day, stars, added, null));
      }
    }
    String[] venues = {"CVPR", "ICLR", "NeurIPS", "ICML", "ACL", "ECCV"};
    for (int i = 0; i < 3000; i++) {
      String venue = venues[rnd.nextInt(venues.length)];
      int year = 2017 + rnd.nextInt(10);
      String id = "paper:dense:" + i;
      out.add(new Paper(id, "test", null, "Dense paper " + i, venue, year, List.of(), List.of(), List.of(),
          FRAMEWORK_TEXT[framework(rnd, year)], null, Map.of("page", "https://example.org/" + id), null));
    }
    String[] boards = {"greenhouse", "lever", "hn"};
    for (int i = 0; i < 4000; i++) {
      LocalDate day = LocalDate.of(2017, 1, 1).plusDays(rnd.nextInt(3650));
      out.add(new Job("job:dense:" + i, boards[rnd.nextInt(boards.length)], null, "ML engineer " + i, "Acme", null, day,
          FRAMEWORK_TEXT[framework(rnd, day.getYear())], null));
    }
    String[] libraries = {"transformers", "timm", "diffusers", "keras", "sentence-transformers", "flax", "espnet"};
    for (int i = 0; i < 5000; i++) {
      LocalDate day = LocalDate.of(2019, 1, 1).plusDays(rnd.nextInt(2900));
      String library = libraries[rnd.nextInt(libraries.length)];
      out.add(new Model("hf:dense/m" + i, "huggingface", null, "dense/m" + i, library,
          List.of(library, MODEL_TAG[framework(rnd, day.getYear())]), "image-classification", day, 10, 1, null));
    }
    return out;
  }

  /** PyTorch rising, TensorFlow falling, the rest small. */
  private static int framework(Random rnd, int year) {
    double pytorch = 0.2 + 0.06 * (year - 2017);
    double r = rnd.nextDouble();
    return r < pytorch ? 0 : r < 0.85 ? 1 : 2 + rnd.nextInt(3);
  }

  /** Every setting a view offers, at the largest size. */
  static List<String> settings(View view) {
    List<String> out = new ArrayList<>();
    for (String log : List.of("false", "true")) {
      if (view.isStars()) {
        out.add("align=false&log=" + log);
        out.add("align=true&log=" + log);
        continue;
      }
      for (String period : List.of("year", "quarter", "month", "week")) {
        for (String by : view.groupings()) {
          out.add("by=" + by + "&log=" + log + "&period=" + period);
        }
      }
    }
    return out;
  }

  @Test
  void everyChartAtEverySettingIsAtMost150KbAndDrawsEverySeries() throws Exception {
    Map<String, Integer> largest = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (View view : View.values()) {
      for (String setting : settings(view)) {
        String query = "?" + LARGEST + "&" + setting;
        JsonNode chart = Json.mapper().readTree(get("/chart/" + view.key() + ".json" + query).body());
        boolean log = chart.path("log").asBoolean();
        List<String> drawable = new ArrayList<>();
        chart.path("series").forEach(s -> {
          boolean any = false;
          for (JsonNode p : s.path("points")) {
            any |= !p.path("value").isNull() && (!log || p.path("value").asDouble() > 0);
          }
          if (any) {
            drawable.add(s.path("name").asText());
          }
        });
        HttpResponse<byte[]> svg = getBytes("/chart/" + view.key() + ".svg" + query);
        String body = new String(svg.body(), StandardCharsets.UTF_8);
        String where = view.key() + query;
        if (svg.statusCode() != 200) {
          failures.add(where + ": HTTP " + svg.statusCode() + " " + body);
          continue;
        }
        checked++;
        largest.merge(view.key(), svg.body().length, Math::max);
        if (svg.body().length > MAX_BYTES) {
          failures.add(where + ": " + svg.body().length + " bytes");
        }
        if (view.isStars() && drawable.size() != 9) {
          failures.add(where + ": " + drawable.size() + " star series, expected the 7 dense repositories and the fixture's 2");
        }
        // Per drawable series its line and its legend's line sample, and its name once (the legend entry).
        if (strokes(body) != 2 * drawable.size()) {
          failures.add(where + ": " + strokes(body) + " series strokes for " + drawable.size() + " series " + drawable);
        }
        for (String name : drawable) {
          if (count(body, ">" + name + "</text>") != 1) {
            failures.add(where + ": legend entry of '" + name + "' found " + count(body, ">" + name + "</text>") + " times");
          }
        }
      }
    }
    System.out.println("embed sizes, largest per view at " + LARGEST + " over " + checked + " charts: " + largest);
    assertTrue(failures.isEmpty(), String.join("\n", failures));
    assertEquals(4 * (3 * 4 * 2) + 4, checked, "every view and setting was drawn");
  }

  static int strokes(String svg) {
    Matcher m = Pattern.compile("<g style='[^']*stroke-linejoin:round[^']*fill:none'[^>]*><path d='M").matcher(svg);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  static HttpResponse<String> get(String path) throws Exception {
    HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(fx.url(path))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), path + " -> " + r.body());
    return r;
  }

  static HttpResponse<byte[]> getBytes(String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(fx.url(path))).build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
