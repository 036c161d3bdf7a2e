package dev.framewatch.core.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.framewatch.core.record.Job;
import dev.framewatch.core.record.Model;
import dev.framewatch.core.record.Paper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameworkDetectorTest {
  private final FrameworkDetector detector = new FrameworkDetector(MethodLoader.load("default"));

  private static Paper paper(String abstractText) {
    return new Paper("paper:x:1", "test", null, "T", "CVPR", 2019, null, null, null, abstractText, null, null, null);
  }

  @Test
  void wordBoundariesAndCase() {
    assertEquals(List.of("pytorch"), detector.counted(paper("We implement it in PyTorch.")));
    assertEquals(List.of("pytorch", "tensorflow"), detector.counted(paper("TensorFlow and pytorch versions")));
    assertEquals(List.of(), detector.counted(paper("pytorchlike tensorflowing")));
    assertEquals(List.of("tensorflow"), detector.counted(paper("built with tf.keras layers")));
    assertEquals(List.of("jax"), detector.counted(paper("We use JAX and Flax.")));
    assertEquals(List.of("keras"), detector.counted(paper("A Keras model")));
  }

  @Test
  void trapsAreNotFrameworks() {
    assertEquals(List.of(), detector.counted(paper("Lua Torch and Torch7 with TF-IDF features on GaN wafers")));
  }

  @Test
  void interfaceTrapsMaskWhenTheirWordsOccur() {
    // The "-like" trap is looked up by its words (one of pytorch/keras/tensorflow and one of like/style/inspired) before
    // its regex runs; it must still mask whenever it matches.
    assertEquals(List.of("pytorch"), detector.counted(paper("A Keras-like API, implemented in PyTorch.")));
    assertEquals(List.of(), detector.counted(paper("A TensorFlow-style graph and a PYTORCH-INSPIRED interface")));
    assertEquals(List.of("keras"), detector.counted(paper("Keras, in the style of scikit-learn")));
  }

  @Test
  void evidenceQuotesThePassageOrTheHubSignal() {
    Paper p = paper("Baselines use TF-IDF. Our models are implemented in PyTorch 1.2 and trained on 8 GPUs for a week.");
    assertEquals(java.util.Optional.of("…implemented in PyTorch 1.2 and trained…"), detector.evidence(p, "pytorch", 16));
    assertEquals(java.util.Optional.empty(), detector.evidence(p, "tensorflow", 16));
    Model m = new Model("hf:a/c", "huggingface", null, "a/c", "timm", List.of("safetensors"), null, null, 0, 0, null);
    assertEquals(java.util.Optional.of("library_name: timm"), detector.evidence(m, "pytorch", 16));
  }

  @Test
  void modelsUseHubSignalsNotText() {
    Model m = new Model("hf:a/b", "huggingface", null, "a/b", "transformers", List.of("pytorch", "tf", "safetensors"),
        "fill-mask", null, 0, 0, null);
    assertEquals(List.of("pytorch", "tensorflow"), detector.counted(m));
    Model timm = new Model("hf:a/c", "huggingface", null, "a/c", "timm", List.of("safetensors"), null, null, 0, 0, null);
    assertEquals(List.of("pytorch"), detector.counted(timm));
    // The model id is text and never consulted; transformers' safetensors weights are PyTorch's (model-safetensors).
    Model safetensors = new Model("hf:a/d", "huggingface", null, "tensorflow-fan/some-model", "transformers",
        List.of("safetensors"), null, null, 0, 0, null);
    assertEquals(List.of("pytorch"), detector.counted(safetensors));
    assertEquals(java.util.Optional.of("safetensors weights of transformers"), detector.evidence(safetensors, "pytorch", 9));
    // A tf tag wins over the safetensors rule: the hub says which framework the weights are for.
    Model tfSafetensors = new Model("hf:a/f", "huggingface", null, "a/f", "transformers", List.of("tf", "safetensors"),
        null, null, 0, 0, null);
    assertEquals(List.of("tensorflow"), detector.counted(tfSafetensors));
    Model none = new Model("hf:a/e", "huggingface", null, "tensorflow-fan/pytorch-model", null,
        List.of("safetensors"), null, null, 0, 0, null);
    assertEquals(List.of(), detector.counted(none), "safetensors without a library says nothing about the framework");
  }

  @Test
  void countNoneDropsDocumentsNamingSeveral(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("both.conf");
    Files.writeString(file, "name = strict\nversion = \"1\"\nmultiple = count-none\n"
        + "frameworks { pytorch = [\"pytorch\"], tensorflow = [\"tensorflow\"] }\n");
    FrameworkDetector strict = new FrameworkDetector(MethodLoader.load(file.toString()));
    Job both = new Job("job:x:1", "test", null, "ML engineer", null, null, null, "PyTorch or TensorFlow", Map.of());
    assertEquals(List.of("pytorch", "tensorflow"), strict.named(both));
    assertEquals(List.of(), strict.counted(both));
    assertEquals("strict 1", strict.method().label());
  }

  @Test
  void badMethodFilesSayWhy(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.conf");
    Files.writeString(file, "name = bad\nversion = \"1\"\nframeworks { theano = [\"theano\"] }\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MethodLoader.load(file.toString()));
    assertEquals("method '" + file + "': frameworks.theano: not a framework of the vocabulary "
        + "[pytorch, tensorflow, jax, keras, mxnet, paddlepaddle, mindspore, onnx]", e.getMessage());
    Files.writeString(file, "name = bad\nversion = \"1\"\nframeworks { jax = [\"(jax\"] }\n");
    e = assertThrows(IllegalArgumentException.class, () -> MethodLoader.load(file.toString()));
    assertEquals("method '" + file + "': frameworks.jax: bad pattern \"(jax\": Unclosed group", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> MethodLoader.load("nonesuch"));
    assertEquals("method 'nonesuch': no such method (shipped: default, horace-2019)", e.getMessage());
  }
}
