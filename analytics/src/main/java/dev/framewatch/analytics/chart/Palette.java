package dev.framewatch.analytics.chart;

import java.util.List;
import java.util.Map;

/**
 * The one palette of every chart (dashboard page, SVG, PNG, weekly report): Okabe and Ito's eight colours, chosen to stay
 * distinct under the common colour-vision deficiencies. Frameworks keep one colour each wherever they appear (PyTorch
 * vermillion, TensorFlow orange, JAX blue, Keras reddish purple, ...), so no two frameworks share a hue the way PyTorch and
 * Keras both were red. Beyond eight series the colours repeat with a dash pattern ({@link #dash}), so twenty repositories on
 * one star chart stay told apart.
 */
public final class Palette {
  /**
   * Okabe-Ito, black left out (it is the dark theme's background colour family and the light theme's text); yellow last, as it
   * is the faintest on a white background.
   */
  public static final List<String> COLOURS = List.of("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9",
      "#999999", "#F0E442");

  private static final Map<String, String> FRAMEWORKS = Map.of("pytorch", "#D55E00", "tensorflow", "#E69F00", "jax",
      "#0072B2", "keras", "#CC79A7", "mxnet", "#009E73", "paddlepaddle", "#56B4E9", "mindspore", "#F0E442", "onnx",
      "#999999");

  private static final Map<String, String> KINDS = Map.of("paper", "#0072B2", "job", "#009E73", "repo", "#CC79A7", "model",
      "#E69F00", "stars", "#56B4E9");

  /** Dash lengths per round of colours: solid, then dashed, then dotted, then dash-dot. */
  private static final List<float[]> DASHES = List.of(new float[0], new float[] {6f, 3f}, new float[] {1.5f, 2.5f},
      new float[] {7f, 2.5f, 1.5f, 2.5f});

  private Palette() {}

  /** The series colour at {@code index} (0-based), cycling through the eight colours. */
  public static String colour(int index) {
    return COLOURS.get(Math.floorMod(index, COLOURS.size()));
  }

  /** A framework's own colour, or null for a framework without one. */
  public static String framework(String framework) {
    return framework == null ? null : FRAMEWORKS.get(framework);
  }

  /** A kind of evidence's colour (paper, job, repo, model, stars), or null. */
  public static String kind(String kind) {
    return kind == null ? null : KINDS.get(kind);
  }

  /** The dash pattern of the series at {@code index}: empty (solid) for the first eight, then one pattern per round. */
  public static float[] dash(int index) {
    return DASHES.get(Math.floorMod(index / COLOURS.size(), DASHES.size())).clone();
  }
}
