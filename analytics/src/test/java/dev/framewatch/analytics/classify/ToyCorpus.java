package dev.framewatch.analytics.classify;

import java.util.ArrayList;
import java.util.List;

/** A small separable corpus written for the tests: three domains, each with its own words, in varied sentences. */
final class ToyCorpus {
  private static final String[][] WORDS = {
    {"vision", "image", "pixels", "segmentation", "camera", "detection", "convolutional"},
    {"language", "sentence", "translation", "parsing", "tokens", "corpus", "grammar"},
    {"speech", "audio", "waveform", "speaker", "acoustic", "phoneme", "spectrogram"},
  };
  private static final String[] FILLER = {"we propose", "a new method for", "results show", "our approach improves",
      "experiments on", "a benchmark of"};

  private ToyCorpus() {}

  static List<LabelledText> examples(int perClass) {
    List<LabelledText> out = new ArrayList<>();
    for (int i = 0; i < perClass; i++) {
      for (String[] w : WORDS) {
        String text = FILLER[i % FILLER.length] + " " + w[1 + i % 6] + " and " + w[1 + (i + 2) % 6] + " "
            + FILLER[(i + 3) % FILLER.length] + " " + w[1 + (i + 4) % 6];
        out.add(new LabelledText(text, w[0]));
      }
    }
    return out;
  }
}
