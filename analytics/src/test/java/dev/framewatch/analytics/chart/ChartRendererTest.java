package dev.framewatch.analytics.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ChartRendererTest {
  private static final String EVIL = "<script>window.__xss=1</script><img src=x onerror=alert(1)> & \"q\"";

  private static ChartSpec spec(ChartSpec.Theme theme, boolean log) {
    return new ChartSpec(EVIL, "% of documents", List.of("2018", "2019", "2020"), List.of(
        new ChartSpec.Series("pytorch", List.of(20.0, 40.0, 60.0), List.of(15.0, 35.0, 55.0), List.of(25.0, 45.0, 65.0),
            "#ee4c2c"),
        new ChartSpec.Series(EVIL, Arrays.asList(70.0, null, 0.0), null, null, "#1f77b4")), log, true, theme, 640, 320);
  }

  @Test
  void svgIsWellFormedScriptFreeEscapedAndStable() throws Exception {
    String svg = SvgChart.render(spec(ChartSpec.Theme.LIGHT, false));
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertEquals("svg", doc.getDocumentElement().getLocalName());
    assertEquals(640.0, Double.parseDouble(doc.getDocumentElement().getAttribute("width")));
    assertEquals(320.0, Double.parseDouble(doc.getDocumentElement().getAttribute("height")));
    assertEquals(0, doc.getElementsByTagName("script").getLength());
    assertEquals(0, doc.getElementsByTagName("img").getLength());
    assertFalse(svg.contains("<script"), "no script element, the payload is text");
    org.w3c.dom.NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      org.w3c.dom.NamedNodeMap attributes = all.item(i).getAttributes();
      for (int j = 0; j < attributes.getLength(); j++) {
        assertFalse(attributes.item(j).getNodeName().startsWith("on"), "no event handler attribute: " + attributes.item(j));
      }
    }
    assertTrue(svg.contains("&lt;script&gt;window.__xss=1&lt;/script&gt;"), "title and series name kept as escaped text");
    assertFalse(svg.matches("(?s).*(href|src)=['\"]?(https?:|//).*") || svg.contains("url(http"), "no external references");
    assertTrue(svg.contains("rgb(238,76,44)") || svg.toLowerCase().contains("#ee4c2c"), "the series colour is used");
    assertEquals(svg, SvgChart.render(spec(ChartSpec.Theme.LIGHT, false)), "same chart, same bytes (ETags rely on it)");
  }

  @Test
  void pngHasTheSizeTheThemeAndTheSeriesColours() throws Exception {
    byte[] png = PngChart.render(spec(ChartSpec.Theme.DARK, false));
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
    assertEquals(640, img.getWidth());
    assertEquals(320, img.getHeight());
    assertEquals(0x1e1e1e, img.getRGB(0, 0) & 0xffffff, "dark background");
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        colours.add(img.getRGB(x, y) & 0xffffff);
      }
    }
    assertTrue(colours.contains(0xee4c2c), "the pytorch line is drawn in its colour");
    assertTrue(colours.contains(0x1f77b4), "the second series is drawn in its colour");
    assertTrue(colours.size() > 50, "anti-aliased lines, a band and text, not a blank image: " + colours.size());
    assertEquals(0xffffff, PngChart.image(spec(ChartSpec.Theme.LIGHT, true)).getRGB(0, 0) & 0xffffff, "light background");
  }

  @Test
  void logScaleLeavesOutValuesItCannotShow() {
    String svg = SvgChart.render(spec(ChartSpec.Theme.LIGHT, true));
    assertTrue(svg.startsWith("<?xml"));
    assertTrue(svg.contains("% of documents"));
  }

  @Test
  void badSpecsAreRefusedWithTheReason() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ChartSpec("t", "", List.of("a"),
        List.of(ChartSpec.Series.of("s", List.of(1.0, 2.0))), false, true, ChartSpec.Theme.LIGHT, 640, 320));
    assertEquals("series 's' has 2 values for 1 x labels", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new ChartSpec("t", "", List.of(), List.of(), false, true,
        ChartSpec.Theme.LIGHT, 50, 320));
    assertEquals("width must be between 200 and 2400, got 50", e.getMessage());
    assertEquals("theme must be light or dark, got 'pink'",
        assertThrows(IllegalArgumentException.class, () -> ChartSpec.Theme.parse("pink")).getMessage());
  }
}
