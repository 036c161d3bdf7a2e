package dev.framewatch.analytics.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

  @Test
  void bgeSmallGivesUnitLengthClsEmbeddingsThatPutParaphrasesClose() {
    try (SentenceEncoder encoder = new SentenceEncoder(EncoderModel.BGE_SMALL, 64, Device.cpu())) {
      List<float[]> e = encoder.encode(List.of("A convolutional network segments the objects in the image.",
          "Object segmentation in pictures with a CNN.", "The parser translates sentences from German to English."));
      assertEquals(3, e.size());
      for (float[] v : e) {
        assertEquals(384, v.length);
        assertEquals(1.0, dot(v, v), 1e-4);
      }
      assertTrue(dot(e.get(0), e.get(1)) > dot(e.get(0), e.get(2)) + 0.1,
          "paraphrase " + dot(e.get(0), e.get(1)) + " vs unrelated " + dot(e.get(0), e.get(2)));
      assertEquals("bge", encoder.spec().kind());
      assertTrue(SentenceEncoder.engineDescription(Device.cpu()).matches("ONNX Runtime 1\\.\\d+\\.\\d+( \\(CUDA build\\))? CPU"),
          SentenceEncoder.engineDescription(Device.cpu()));
      // -Pgpu's onnxruntime_gpu says so even where CUDA did not load and the encoder ran on the CPU.
      assertEquals(ai.onnxruntime.OrtEnvironment.getAvailableProviders().contains(ai.onnxruntime.OrtProvider.CUDA),
          SentenceEncoder.engineDescription(Device.cpu()).contains("(CUDA build)"));
    }
  }

  @Test
  void theCombinedHeadJoinsTheEmbeddingAndTheWords() {
    SparseVector joined = EmbeddingClassifier.joined(new float[] {0.6f, 0.8f}, new SparseVector(new int[] {0, 5},
        new float[] {0.5f, 0.5f}));
    assertArrayEquals(new int[] {0, 1, 2, 7}, joined.indices());
    assertArrayEquals(new float[] {0.6f, 0.8f, 0.5f, 0.5f}, joined.values());
    try (TextClassifier c = new ClassifierTraining(Device.cpu()).train("bge+bow", ToyCorpus.examples(4), Domains.ALL,
        n -> {})) {
      assertEquals("bge+bow", c.kind());
      assertEquals(384 + HashedFeatures.STANDARD.dimension(), c.head().inputs());
      assertEquals(List.of("vision", "language", "speech"), c.predict(List.of("segmentation of camera pixels",
          "translation of a sentence with grammar", "speaker and phoneme recognition from a waveform")).stream()
          .map(Prediction::label).toList());
    }
  }
}
