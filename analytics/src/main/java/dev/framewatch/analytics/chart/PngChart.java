package dev.framewatch.analytics.chart;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** A {@link ChartSpec} drawn to a PNG, with the same drawing as {@link SvgChart} (headless AWT, no display needed). */
public final class PngChart {
  private PngChart() {}

  public static byte[] render(ChartSpec spec) {
    return encode(image(spec));
  }

  public static BufferedImage image(ChartSpec spec) {
    BufferedImage img = new BufferedImage(spec.width(), spec.height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      ChartDrawing.chart(spec).draw(g, new Rectangle(spec.width(), spec.height()));
    } finally {
      g.dispose();
    }
    return img;
  }

  private static byte[] encode(BufferedImage img) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
