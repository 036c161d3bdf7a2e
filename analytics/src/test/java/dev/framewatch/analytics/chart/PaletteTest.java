package dev.framewatch.analytics.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaletteTest {
  @Test
  void everyFrameworkHasItsOwnOkabeItoColour() {
    List<String> frameworks = List.of("pytorch", "tensorflow", "jax", "keras", "mxnet", "paddlepaddle", "mindspore", "onnx");
    Set<String> colours = new HashSet<>();
    for (String f : frameworks) {
      colours.add(Palette.framework(f));
    }
    assertEquals(8, colours.size(), "no two frameworks share a colour (PyTorch and Keras were both red)");
    assertEquals(Set.copyOf(Palette.COLOURS), colours, "all from the one palette");
    assertEquals("#D55E00", Palette.framework("pytorch"));
    assertEquals("#CC79A7", Palette.framework("keras"));
    assertNull(Palette.framework("caffe"));
  }

  @Test
  void seriesPastEightRepeatTheColoursDashed() {
    assertEquals("#0072B2", Palette.colour(0));
    assertEquals("#F0E442", Palette.colour(7), "yellow, the faintest on white, last");
    assertEquals("#0072B2", Palette.colour(8));
    assertArrayEquals(new float[0], Palette.dash(7));
    assertArrayEquals(new float[] {6f, 3f}, Palette.dash(8));
    assertArrayEquals(new float[] {1.5f, 2.5f}, Palette.dash(19));
  }
}
