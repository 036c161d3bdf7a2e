package dev.framewatch.core.method;

import static dev.framewatch.core.method.EvidenceClass.CODE;
import static dev.framewatch.core.method.EvidenceClass.HUB;
import static dev.framewatch.core.method.EvidenceClass.NAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.record.Job;
import dev.framewatch.core.record.Model;
import dev.framewatch.core.record.Paper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Code as evidence of a framework (the {@code code} patterns of a method file) and the traps that look like code. */
class CodeEvidenceTest {
  private static final FrameworkDetector DEFAULT = new FrameworkDetector(MethodLoader.load("default"));
  private static final FrameworkDetector HORACE = new FrameworkDetector(MethodLoader.load("horace-2019"));

  private static Paper paper(String text) {
    return new Paper("paper:x:1", "test", null, "T", "ICML", 2021, null, null, null, null, text, null, null);
  }

  private static Job job(String text) {
    return new Job("job:x:1", "test", null, "ML engineer", null, null, null, text, Map.of());
  }

  @ParameterizedTest(name = "{0} -> {1} by {2}")
  @CsvSource(delimiter = '|', value = {
      // code only: no name of the framework in the text
      "import torch                                           | pytorch      | CODE",
      "import torch.nn as nn                                  | pytorch      | CODE",
      "from torch import nn                                   | pytorch      | CODE",
      "from torch.utils.data import DataLoader                | pytorch      | CODE",
      "class Net(torch.nn.Module): pass                       | pytorch      | CODE",
      "loader = torch.utils.data.DataLoader(ds)               | pytorch      | CODE",
      "device = torch.device('cuda')                          | pytorch      | CODE",
      "ds = tf.data.Dataset.from_tensor_slices(x)             | tensorflow   | CODE",
      "@tf.function def step(x): return x                     | tensorflow   | CODE",
      "with tf.GradientTape() as tape: pass                   | tensorflow   | CODE",
      "y = jnp.dot(a, b)                                      | jax          | CODE",
      "layer = paddle.nn.Linear(4, 2)                         | paddlepaddle | CODE",
      "import paddle                                          | paddlepaddle | CODE",
      "x = mx.nd.array([1, 2]); ctx = mx.gpu(0)               | mxnet        | CODE",
      // code that also says the name: both classes
      "import tensorflow as tf                                | tensorflow   | NAME CODE",
      "model = tf.keras.Sequential()                          | tensorflow   | NAME CODE",
      "import jax.numpy as jnp                                | jax          | NAME CODE",
      "x = jax.numpy.zeros(3)                                 | jax          | NAME CODE",
      "import flax.linen as nn                                | jax          | NAME CODE",
      "opt = optax.adam(1e-3)                                 | jax          | NAME CODE",
      "import optax                                           | jax          | NAME CODE",
      "x = keras.layers.Dense(10)(x)                          | keras        | NAME CODE",
      "from keras.models import Sequential                    | keras        | NAME CODE",
      "import mxnet as mx                                     | mxnet        | NAME CODE",
      // a plain name stays a name
      "We implement it in PyTorch.                            | pytorch      | NAME",
      "Optax optimizers                                       | jax          | NAME",
      "docs at keras.io                                       | keras        | NAME",
  })
  void eachCodeFormIsEvidenceOfItsFramework(String text, String framework, String classes) {
    Set<EvidenceClass> expected = classes.contains(" ")
        ? Set.of(EvidenceClass.valueOf(classes.split(" ")[0]), EvidenceClass.valueOf(classes.split(" ")[1]))
        : Set.of(EvidenceClass.valueOf(classes));
    assertEquals(Map.of(framework, expected), DEFAULT.evidenceClasses(paper(text)), text);
    assertEquals(List.of(framework), DEFAULT.counted(paper(text)), text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // tf outside code: TF-IDF, tf.idf, transcription factors, time-frequency, term frequency, Terraform
      "Baselines use TF-IDF features and tf-idf weighting.",
      "Documents are weighted by tf.idf and by tf·idf.",
      "The TF binds DNA. TF.Binding sites and TF-TF interactions.",
      "Time-frequency (TF) representations; the TF.data of each frame.",
      "the raw term frequency tf. The idf part",
      "Terraform modules in main.tf.json and vars.tf.config",
      // Lua Torch7, and torch as a flame
      "Lua Torch7: require 'torch'; local t = torch.Tensor(3, 3):zero(); torch.save('m.t7', t)",
      "He lit the torch.Then the torch.bearer ran; an Olympic torch. The flame",
      "We import torches and import torch lighters. Import Torch brand.",
      // jnp inside other words or hosts
      "Juniper (jnpr) and JNPR shares; see www.jnp.com or jnp.com; JNP.dot",
      // mx in other contexts
      "Mail goes to mx.example.com and mx.mod.uk; Mx. Smith; MX.nd records; Mexico's .mx.",
      // paddle as a paddle, keras-looking hosts
      "a ping-pong paddle.Then another paddle. The Paddle.Checkout API",
      "see optax.com or optaxis.example",
  })
  void trapsAreNotCode(String text) {
    Map<String, Set<EvidenceClass>> classes = DEFAULT.evidenceClasses(paper(text));
    assertFalse(classes.values().stream().anyMatch(c -> c.contains(CODE)), text + " -> " + classes);
  }

  @Test
  void trapsNameNoFrameworkAtAll() {
    assertEquals(List.of(), DEFAULT.counted(paper("TF-IDF and tf.idf weighting; the TF binds DNA. TF.Binding; "
        + "Lua Torch7 torch.Tensor(3); a torch.Then; jnpr; mx.example.com; Mx. Smith; main.tf.json; import torch lighters")));
  }

  @Test
  void tfKerasIsTensorFlowNotKeras() {
    assertEquals(Map.of("tensorflow", Set.of(NAME, CODE)), DEFAULT.evidenceClasses(paper("x = tf.keras.layers.Dense(3)")));
    assertEquals(Map.of("tensorflow", Set.of(NAME, CODE), "keras", Set.of(NAME)),
        DEFAULT.evidenceClasses(paper("from tensorflow.keras import layers")),
        "Keras by name as 0.2.0 counted it (tensorflow.keras names keras); not Keras code");
  }

  @Test
  void codeAndNamesTogetherCountEachFrameworkOnceInTheMethodsOrder() {
    Job j = job("Requirements: TensorFlow. Our stack:\nimport torch\nimport jax.numpy as jnp\nx = mx.nd.ones(3)\n");
    assertEquals(List.of("pytorch", "tensorflow", "jax", "mxnet"), DEFAULT.counted(j));
    assertEquals(Map.of("pytorch", Set.of(CODE), "tensorflow", Set.of(NAME), "jax", Set.of(NAME, CODE), "mxnet", Set.of(CODE)),
        DEFAULT.evidenceClasses(j));
    assertEquals(List.of("pytorch", "tensorflow", "jax", "mxnet"), List.copyOf(DEFAULT.evidenceClasses(j).keySet()));
  }

  @Test
  void evidenceQuotesCodeAsCode() {
    Paper p = paper("Our loader: loader = torch.utils.data.DataLoader(ds, batch_size=8)");
    assertEquals(Optional.of("code: …loader = torch.utils.data.Dat…"), DEFAULT.evidence(p, "pytorch", 9));
    Paper both = paper("In PyTorch: import torch");
    assertEquals(Optional.of("T In PyTorch: import…"), DEFAULT.evidence(both, "pytorch", 8), "a name is quoted first");
  }

  @Test
  void modelsAreHubEvidence() {
    Model m = new Model("hf:a/b", "huggingface", null, "a/b", "timm", List.of("pytorch"), null, null, 0, 0, null);
    assertEquals(Map.of("pytorch", Set.of(HUB)), DEFAULT.evidenceClasses(m));
  }

  @Test
  void horaceCountsNoCode() {
    assertFalse(HORACE.method().codeCounts());
    for (String code : List.of("import torch", "from torch import nn", "tf.data.Dataset", "jnp.dot(a, b)", "mx.nd.array(x)")) {
      assertEquals(List.of(), HORACE.counted(paper(code)), code);
      assertEquals(Map.of(), HORACE.evidenceClasses(paper(code)), code);
    }
    // its substrings as before: "tf.keras" holds "keras", which the study folded into TensorFlow
    assertEquals(List.of("tensorflow"), HORACE.counted(paper("tf.keras.layers")));
  }

  @Test
  void aMethodFileSaysWhetherCodeCounts(@TempDir Path dir) throws Exception {
    String base = "name = m\nversion = \"1\"\nframeworks { pytorch = [\"\\\\bpytorch\\\\b\"] }\n"
        + "code { pytorch = [\"(?<![\\\\w.])torch\\\\.nn\\\\b\"] }\n";
    Path off = Files.writeString(dir.resolve("off.conf"), base);
    Path ignore = Files.writeString(dir.resolve("ignore.conf"), base + "code-evidence = ignore\n");
    Path counts = Files.writeString(dir.resolve("counts.conf"), base + "code-evidence = counts\n");
    Paper p = paper("class M(torch.nn.Module)");
    assertEquals(List.of(), new FrameworkDetector(MethodLoader.load(off.toString())).counted(p), "ignore by default");
    assertEquals(List.of(), new FrameworkDetector(MethodLoader.load(ignore.toString())).counted(p));
    FrameworkDetector on = new FrameworkDetector(MethodLoader.load(counts.toString()));
    assertTrue(on.method().codeCounts());
    assertEquals(List.of("pytorch"), on.counted(p));
    assertEquals(List.of(), on.counted(paper("class M(Torch.NN.Module)")), "code patterns are case-sensitive");
  }

  @Test
  void badCodeSettingsSayWhy(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.conf");
    Files.writeString(file, "name = bad\nversion = \"1\"\nframeworks {}\ncode-evidence = yes\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MethodLoader.load(file.toString()));
    assertEquals("method '" + file + "': code-evidence: expected ignore or counts, got 'yes'", e.getMessage());
    Files.writeString(file, "name = bad\nversion = \"1\"\nframeworks {}\ncode-evidence = counts\n");
    e = assertThrows(IllegalArgumentException.class, () -> MethodLoader.load(file.toString()));
    assertEquals("method '" + file + "': code-evidence = counts, but no code patterns (code { ... })", e.getMessage());
    Files.writeString(file, "name = bad\nversion = \"1\"\nframeworks {}\ncode { theano = [\"theano\\\\.tensor\"] }\n");
    e = assertThrows(IllegalArgumentException.class, () -> MethodLoader.load(file.toString()));
    assertEquals("method '" + file + "': code.theano: not a framework of the vocabulary "
        + "[pytorch, tensorflow, jax, keras, mxnet, paddlepaddle, mindspore, onnx]", e.getMessage());
  }

  @Test
  void everyShippedCodePatternHasLiteralsToLookUpFirst() {
    // Detection runs on every document at index time: a pattern without a literal would run its regex on every text.
    DEFAULT.method().code().forEach((fw, patterns) -> patterns.forEach(p ->
        assertFalse(RequiredLiteral.all(p.pattern()).isEmpty(), fw + ": " + p.pattern())));
  }
}
