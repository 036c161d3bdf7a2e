package dev.framewatch.analytics.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.BitSet;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.data.xy.XYDataset;

/**
 * JFreeChart's {@link DeviationRenderer} (a line with its interval band), drawing the band only for series that have
 * intervals. The stock renderer fills a band for every series, so a star count's line came with a zero-height polygon of twice
 * its points: a third of the star chart's bytes for nothing visible.
 */
final class BandRenderer extends DeviationRenderer {
  private static final long serialVersionUID = 1L;
  /** DeviationRenderer fills bands in pass 0, before lines (pass 1) and markers (pass 2). */
  private static final int BAND_PASS = 0;

  private final BitSet banded;

  /** @param banded the indices of the series that have interval bands */
  BandRenderer(BitSet banded) {
    super(true, false);
    this.banded = (BitSet) banded.clone();
  }

  @Override
  public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info, XYPlot plot,
      ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item, CrosshairState crosshairState,
      int pass) {
    if (pass != BAND_PASS || banded.get(series)) {
      super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item, crosshairState, pass);
    }
  }
}
