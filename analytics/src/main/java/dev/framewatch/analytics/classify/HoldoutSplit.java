package dev.framewatch.analytics.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits examples into training and held-out parts by a hash of the text, so the split is the same on every run and a
 * duplicate text can never sit on both sides.
 */
public record HoldoutSplit(List<LabelledText> train, List<LabelledText> heldOut) {
  public static HoldoutSplit of(List<LabelledText> data, int heldOutPercent) {
    if (heldOutPercent < 1 || heldOutPercent > 90) {
      throw new IllegalArgumentException("held-out share must be between 1 and 90 percent, got " + heldOutPercent);
    }
    List<LabelledText> train = new ArrayList<>();
    List<LabelledText> held = new ArrayList<>();
    for (LabelledText t : data) {
      int bucket = Math.floorMod(HashedFeatures.mix(t.text().hashCode()), 100);
      (bucket < heldOutPercent ? held : train).add(t);
    }
    if (train.isEmpty() || held.isEmpty()) {
      throw new IllegalArgumentException("too few examples (" + data.size() + ") to hold " + heldOutPercent
          + "% out for evaluation");
    }
    return new HoldoutSplit(List.copyOf(train), List.copyOf(held));
  }
}
