package dev.framewatch.analytics.chart;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A {@link ChartSpec} drawn to a PNG, with the same drawing as {@link SvgChart} (headless AWT, no display needed). At scale 2
 * the same layout is drawn at twice the pixels, for high-density screens ({@code <img srcset="... 2x">}); a transparent spec
 * gives an image with an alpha channel.
 */
public final class PngChart {
  private PngChart() {}

  /** The largest scale: 2400 x 1600 at 3x is already a 35-megapixel image. */
  public static final int MAX_SCALE = 3;

  public static byte[] render(ChartSpec spec) {
    return render(spec, 1);
  }

  public static byte[] render(ChartSpec spec, int scale) {
    return encode(image(spec, scale));
  }

  public static BufferedImage image(ChartSpec spec) {
    return image(spec, 1);
  }

  /** The chart at {@code scale} (1 to {@link #MAX_SCALE}) device pixels per chart pixel. */
  public static BufferedImage image(ChartSpec spec, int scale) {
    if (scale < 1 || scale > MAX_SCALE) {
      throw new IllegalArgumentException("scale must be from 1 to " + MAX_SCALE + ", got " + scale);
    }
    BufferedImage img = new BufferedImage(spec.width() * scale, spec.height() * scale,
        spec.transparent() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.scale(scale, scale);
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
