package dev.framewatch.analytics.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.util.List;
import org.junit.jupiter.api.Test;

/** all-MiniLM-L6-v2 from the jar on the class path through DJL's OnnxRuntime engine: offline, and a head trained over it. */
class SentenceEncoderTest {
  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  @Test
  void unitLengthEmbeddingsThatPutParaphrasesClose() {
    try (SentenceEncoder encoder = new SentenceEncoder(SentenceEncoder.DEFAULT_MAX_TOKENS)) {
      List<float[]> e = encoder.encode(List.of("A convolutional network segments the objects in the image.",
          "Object segmentation in pictures with a CNN.", "The parser translates sentences from German to English."));
      assertEquals(3, e.size());
      for (float[] v : e) {
        assertEquals(SentenceEncoder.DIMENSION, v.length);
        assertEquals(1.0, dot(v, v), 1e-4);
      }
      assertTrue(dot(e.get(0), e.get(1)) > dot(e.get(0), e.get(2)) + 0.2,
          "paraphrase " + dot(e.get(0), e.get(1)) + " vs unrelated " + dot(e.get(0), e.get(2)));
      assertEquals(List.of(), encoder.encode(List.of()));
    }
    assertThrows(IllegalArgumentException.class, () -> new SentenceEncoder(1024));
  }

  @Test
  void aHeadOverTheEmbeddingsLearnsTheToyDomains() {
    try (TextClassifier c = new ClassifierTraining(Device.cpu()).train("minilm", ToyCorpus.examples(10), Domains.ALL,
        n -> {})) {
      assertEquals("minilm", c.kind());
      assertEquals(List.of("vision", "language", "speech"), c.predict(List.of("segmentation of camera pixels",
          "translation of a sentence with grammar", "speaker and phoneme recognition from a waveform")).stream()
          .map(Prediction::label).toList());
    }
  }
}
