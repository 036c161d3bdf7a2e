package dev.framewatch.dashboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.dashboard.testing.DashboardFixture;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each page in Debian's headless chromium over the real server and index: the chart is drawn, a real click on a point opens the
 * drill-down listing exactly the documents the point counts, and the screenshot is not blank. Crawled markup never runs.
 * Screenshots are kept under {@code target/screenshots/}.
 */
class DashboardBrowserTest {
  @TempDir static Path dir;
  static DashboardFixture fx;
  static Chromium browser;
  static final Path SHOTS = Path.of("target", "screenshots");

  @BeforeAll
  static void start() throws Exception {
    fx = new DashboardFixture(dir, null);
    browser = Chromium.start();
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      fx.close();
    }
  }

  /** view, series, point: the point clicked; what its drill-down must list. */
  @ParameterizedTest
  @CsvSource({"overview,0,1", "papers,0,0", "jobs,0,1", "github,0,1", "huggingface,0,0"})
  void pageDrawsItsChartAndAClickedPointListsItsDocuments(String view, int series, int point) throws Exception {
    browser.navigate(fx.url("/" + view));
    browser.waitFor("document.body.dataset.ready");
    assertEquals("true", browser.eval("document.body.dataset.ready").asText(),
        browser.eval("document.getElementById('status').textContent").asText());
    BufferedImage shot = browser.screenshot(SHOTS.resolve(view + ".png"));
    assertTrue(distinctColours(shot) > 50, view + ": the screenshot looks blank (" + distinctColours(shot) + " colours)");
    assertTrue(inkInCanvas(shot) > 2000, view + ": hardly anything drawn in the chart area");

    JsonNode target = browser.eval("""
        (() => {
          const s = %d, i = %d;
          const ds = fwChart.data.datasets.findIndex(d => d.series === s);
          const el = fwChart.getDatasetMeta(ds).data[i];
          const r = fwChart.canvas.getBoundingClientRect();
          const p = fwData.series[s].points[i];
          return {x: r.left + el.x, y: r.top + el.y, count: p.count, drill: p.drill};
        })()""".formatted(series, point));
    browser.click(target.path("x").asDouble(), target.path("y").asDouble());
    browser.waitFor("location.pathname === '/documents'");
    browser.waitFor("document.getElementById('documents')");
    assertEquals(target.path("drill").asText(), browser.eval("location.pathname + location.search").asText());
    long listed = browser.eval("document.querySelectorAll('#documents li').length").asLong();
    // A share point counts documents; a star point is one daily snapshot document.
    long expected = view.equals("github") ? 1 : target.path("count").asLong();
    assertEquals(expected, browser.eval("+document.getElementById('total').textContent").asLong());
    assertEquals(Math.min(50, expected), listed, view + ": documents listed");
    assertTrue(listed > 0, view + ": the clicked point stands for some documents");
    browser.screenshot(SHOTS.resolve(view + "-documents.png"));
  }

  @Test
  void theEmbedButtonGivesTheIframeAndImageSnippetsAndBothLoad() throws Exception {
    browser.navigate(fx.url("/papers"));
    browser.waitFor("document.body.dataset.ready");
    JsonNode button = browser.eval("""
        (() => { const r = document.getElementById('embed-button').getBoundingClientRect();
                 return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()""");
    browser.click(button.path("x").asDouble(), button.path("y").asDouble());
    browser.waitFor("document.body.dataset.embedShown");
    String origin = fx.server.url().replaceAll("/$", "");
    assertEquals("<iframe src=\"" + origin + "/embed/papers\" width=\"760\" height=\"400\" style=\"border:0\" loading=\"lazy\" "
        + "title=\"Papers: framework share by conference\"></iframe>\n<img src=\"" + origin + "/chart/papers.svg\" "
        + "alt=\"Papers: framework share by conference\" width=\"760\" height=\"360\">\n",
        browser.eval("document.getElementById('embed-snippet').value").asText());
    assertTrue(browser.eval("document.getElementById('embed-status').textContent").asText().contains("snippets"));

    // Both snippets work where they are pasted: the iframe draws its chart, the image decodes at its size.
    browser.navigate(origin + "/embed/papers?background=transparent&v=2");
    browser.waitFor("document.body.dataset.ready");
    assertEquals("true", browser.eval("document.body.dataset.ready").asText());
    browser.screenshot(SHOTS.resolve("papers-embed.png"));
    browser.navigate(fx.url("/documents?where=kind:job"));
    JsonNode img = browser.eval("""
        new Promise(done => { const i = new Image(); i.onload = () => done({w: i.naturalWidth, h: i.naturalHeight});
          i.onerror = () => done({w: -1, h: -1}); i.src = '%s/chart/papers.svg?v=2'; })""".formatted(origin));
    assertEquals("760x360", img.path("w").asInt() + "x" + img.path("h").asInt());
  }

  @Test
  void crawledMarkupInAJobTitleAndAPaperAbstractNeverRuns() throws Exception {
    browser.eval("window.__xss = undefined; true");
    for (String path : new String[] {"/documents?where=kind:job&year=2022&framework=pytorch",
        "/documents?where=id:%22paper:cvpr:2020:xss%22", "/jobs", "/papers?by=venue"}) {
      browser.navigate(fx.url(path));
      Thread.sleep(300); // time for any injected handler (an image's onerror) to have fired
      assertEquals("undefined", browser.eval("typeof window.__xss").asText(), path);
      assertFalse(browser.eval("document.title").asText().contains("pwned"), path);
      assertEquals(0, browser.eval("document.querySelectorAll('img, [onerror]').length").asInt(), path);
      assertTrue(browser.eval("[...document.scripts].every(s => s.src.startsWith(location.origin))").asBoolean(), path);
    }
    browser.navigate(fx.url("/documents?where=kind:job&year=2022&framework=pytorch"));
    assertTrue(browser.eval("document.body.innerText").asText().contains(DashboardFixture.XSS_TITLE),
        "the hostile title is shown as the text it is");
    browser.navigate(fx.url("/documents?where=id:%22paper:cvpr:2020:xss%22"));
    assertTrue(browser.eval("document.body.innerText").asText().contains("<img src=x onerror="),
        "the hostile abstract is shown as text");
  }

  /**
   * Each share view's headline tiles say what {@code /api/share} says for the same question (the tile names the URL): the
   * latest period per kind, each framework's share, interval and count, and the coverage. Screenshots of the headline.
   */
  @ParameterizedTest
  @CsvSource({"overview,3", "papers,1", "jobs,1", "huggingface,1"})
  void headlineNumbersAreThoseOfApiShare(String view, int kinds) throws Exception {
    browser.navigate(fx.url("/" + view));
    browser.waitFor("document.body.dataset.ready");
    JsonNode check = browser.eval("""
        (async () => {
          const api = await (await fetch(document.querySelector('.headlines').dataset.api)).json();
          const period = api.by[1], bad = [];
          let checks = 0;
          for (const tile of document.querySelectorAll('.tile')) {
            const kind = tile.dataset.kind, at = tile.dataset.period;
            const named = api.groups.filter(g => g.group.kind === kind && g.documents_any_framework > 0)
              .map(g => String(g.group[period])).sort();
            if (named[named.length - 1] !== at) bad.push(kind + ': latest ' + named[named.length - 1] + ' not ' + at);
            const group = api.groups.find(g => g.group.kind === kind && String(g.group[period]) === at);
            const cov = tile.querySelector('.coverage').dataset;
            if (+cov.documents !== group.documents || +cov.any !== group.documents_any_framework) bad.push(kind + ': coverage');
            for (const f of tile.querySelectorAll('.figure')) {
              const d = f.dataset;
              const row = api.rows.find(r => r.kind === kind && String(r[period]) === at && r.framework === d.framework);
              const count = row ? row.count : 0;
              if (+d.count !== count) bad.push(kind + ' ' + d.framework + ': count ' + d.count + ' not ' + count);
              if (row && (Math.abs(d.share - row.share) > 1e-6 || Math.abs(d.low - row.share_low) > 1e-6
                  || Math.abs(d.high - row.share_high) > 1e-6)) bad.push(kind + ' ' + d.framework + ': share');
              const pct = Math.round(100 * (row ? row.share : 0)) + '%';
              if (f.querySelector('.big').textContent !== pct) bad.push(kind + ' ' + d.framework + ': shows '
                + f.querySelector('.big').textContent + ' not ' + pct);
              checks++;
            }
          }
          return {bad, checks, tiles: document.querySelectorAll('.tile').length};
        })()""");
    assertEquals("[]", check.path("bad").toString());
    assertEquals(kinds, check.path("tiles").asInt());
    assertEquals(2 * kinds, check.path("checks").asInt(), "PyTorch and TensorFlow per tile");
    browser.screenshot(SHOTS.resolve(view + "-headline.png"));
  }

  @Test
  void theOverviewDrawsOneSmallChartPerKindOnSharedAxes() throws Exception {
    browser.navigate(fx.url("/overview"));
    browser.waitFor("document.body.dataset.ready");
    JsonNode charts = browser.eval("""
        fwCharts.map(c => ({group: c.canvas.dataset.group, min: c.scales.y.min, max: c.scales.y.max,
          xmin: c.scales.x.min, xmax: c.scales.x.max}))""");
    assertEquals("[{\"group\":\"paper\",\"min\":0,\"max\":100,\"xmin\":0,\"xmax\":3},"
        + "{\"group\":\"job\",\"min\":0,\"max\":100,\"xmin\":0,\"xmax\":3},"
        + "{\"group\":\"model\",\"min\":0,\"max\":100,\"xmin\":0,\"xmax\":3}]", charts.toString());
  }

  /** Every view's embed draws its chart alone; a screenshot of each is kept. */
  @ParameterizedTest
  @CsvSource({"overview", "papers", "jobs", "github", "huggingface"})
  void eachEmbedDrawsItsChart(String view) throws Exception {
    browser.navigate(fx.url("/embed/" + view));
    browser.waitFor("document.body.dataset.ready");
    assertEquals("true", browser.eval("document.body.dataset.ready").asText());
    assertEquals(0, browser.eval("document.querySelectorAll('.tile').length").asInt(), "an embed is the chart alone");
    BufferedImage shot = browser.screenshot(SHOTS.resolve(view + "-embed.png"));
    assertTrue(distinctColours(shot) > 20, view + ": the embed looks blank");
  }

  /** Without a mouse: focus the chart, arrow to a point, Enter lists its documents; Tab to a table row's link, Enter too. */
  @Test
  void keyboardDrillsDownFromTheChartAndFromTheTable() throws Exception {
    browser.navigate(fx.url("/jobs"));
    browser.waitFor("document.body.dataset.ready");
    browser.eval("document.getElementById('chart').focus(); true");
    browser.key("ArrowRight");
    browser.key("ArrowRight");
    JsonNode focused = browser.eval("""
        (() => { const d = document.getElementById('chart').dataset;
                 return {series: +d.focusSeries, index: +d.focusIndex,
                         drill: fwData.series[+d.focusSeries].points[+d.focusIndex].drill}; })()""");
    assertEquals(0, focused.path("series").asInt());
    assertEquals(1, focused.path("index").asInt(), "two steps right: the second point");
    browser.key("Enter");
    browser.waitFor("location.pathname === '/documents'");
    assertEquals(focused.path("drill").asText(), browser.eval("location.pathname + location.search").asText());
    browser.screenshot(SHOTS.resolve("jobs-keyboard-documents.png"));

    browser.navigate(fx.url("/papers"));
    browser.waitFor("document.body.dataset.ready");
    String href = browser.eval("""
        (() => { const a = document.querySelector('#chart-table a'); a.focus(); return a.getAttribute('href'); })()""").asText();
    browser.key("Enter");
    browser.waitFor("location.pathname === '/documents'");
    assertEquals(href, browser.eval("location.pathname + location.search").asText());
    assertEquals(4, browser.eval("+document.getElementById('total').textContent").asInt(), "CVPR 2020: 4 PyTorch papers");
  }

  @Test
  void weeklyReportsAreInTheNavigation() throws Exception {
    browser.navigate(fx.url("/papers"));
    String href = browser.eval("[...document.querySelectorAll('nav a')].find(a => a.textContent === 'weekly reports')"
        + ".getAttribute('href')").asText();
    assertEquals("/reports", href);
    browser.navigate(fx.url(href));
    assertEquals("2022-W10 · HTML · Markdown", browser.eval("document.querySelector('#reports li').textContent").asText());
    browser.screenshot(SHOTS.resolve("reports.png"));
  }

  @Test
  void githubStarsPerDayDrawAndTheChartFollowsTheWindowsWidth() throws Exception {
    browser.navigate(fx.url("/github?stars=daily"));
    browser.waitFor("document.body.dataset.ready");
    assertEquals("GitHub: new stars per day", browser.eval("fwData.title").asText());
    assertEquals("[10,5,15]", browser.eval("fwData.series[0].points.filter(p => p.value !== null).map(p => p.value)")
        .toString());
    browser.screenshot(SHOTS.resolve("github-daily.png"));
    // Responsive: in a 500 px wide window the chart is drawn narrower than its 760 px, keeping its proportions.
    browser.send("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 500, "height", 900,
        "deviceScaleFactor", 1, "mobile", false));
    try {
      browser.waitFor("fwChart.width < 500");
      assertEquals(760.0 / 360, browser.eval("fwChart.width / fwChart.height").asDouble(), 0.02);
      browser.screenshot(SHOTS.resolve("github-daily-narrow.png"));
    } finally {
      browser.send("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 1100, "height", 900,
          "deviceScaleFactor", 1, "mobile", false));
    }
  }

  static int distinctColours(BufferedImage img) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        colours.add(img.getRGB(x, y));
      }
    }
    return colours.size();
  }

  /** Non-white pixels in the area where the canvas sits (below the form, 760x360 from the left margin). */
  static int inkInCanvas(BufferedImage img) {
    int ink = 0;
    for (int y = 150; y < Math.min(img.getHeight(), 600); y++) {
      for (int x = 0; x < Math.min(img.getWidth(), 1100); x++) {
        if ((img.getRGB(x, y) & 0xffffff) != 0xffffff) {
          ink++;
        }
      }
    }
    return ink;
  }
}
