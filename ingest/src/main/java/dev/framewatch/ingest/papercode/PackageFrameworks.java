package dev.framewatch.ingest.papercode;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which framework a Python distribution (as {@code requirements.txt}, {@code pyproject.toml} or conda name it) or a top-level
 * module (as {@code import} names it) is. Only packages that run on one framework alone: {@code transformers} or
 * {@code tensorflow-datasets} serve several and say nothing, so they are absent. Keras 2 standalone is Keras's own; the
 * TensorFlow-bundled {@code tf-keras} is TensorFlow's.
 */
public final class PackageFrameworks {
  private static final Map<String, String> DISTRIBUTIONS = Map.ofEntries(
      Map.entry("torch", "pytorch"), Map.entry("pytorch", "pytorch"), Map.entry("torchvision", "pytorch"),
      Map.entry("torchaudio", "pytorch"), Map.entry("torchtext", "pytorch"), Map.entry("pytorch-lightning", "pytorch"),
      Map.entry("lightning", "pytorch"), Map.entry("fairseq", "pytorch"), Map.entry("allennlp", "pytorch"),
      Map.entry("torch-geometric", "pytorch"), Map.entry("pytorch-cuda", "pytorch"), Map.entry("opennmt-py", "pytorch"),
      Map.entry("tensorflow", "tensorflow"), Map.entry("tensorflow-gpu", "tensorflow"), Map.entry("tensorflow-cpu", "tensorflow"),
      Map.entry("tensorflow-macos", "tensorflow"), Map.entry("tf-nightly", "tensorflow"), Map.entry("tf-nightly-gpu", "tensorflow"),
      Map.entry("tensorflow-addons", "tensorflow"), Map.entry("tensorflow-hub", "tensorflow"), Map.entry("tf-keras", "tensorflow"),
      Map.entry("tensor2tensor", "tensorflow"), Map.entry("tflearn", "tensorflow"), Map.entry("dm-sonnet", "tensorflow"),
      Map.entry("opennmt-tf", "tensorflow"), Map.entry("tf-agents", "tensorflow"),
      Map.entry("jax", "jax"), Map.entry("jaxlib", "jax"), Map.entry("flax", "jax"), Map.entry("optax", "jax"),
      Map.entry("dm-haiku", "jax"), Map.entry("objax", "jax"), Map.entry("equinox", "jax"),
      Map.entry("keras", "keras"),
      Map.entry("mxnet", "mxnet"), Map.entry("mxnet-mkl", "mxnet"), Map.entry("gluoncv", "mxnet"), Map.entry("gluonnlp", "mxnet"),
      Map.entry("paddlepaddle", "paddlepaddle"), Map.entry("paddlepaddle-gpu", "paddlepaddle"),
      Map.entry("mindspore", "mindspore"), Map.entry("mindspore-gpu", "mindspore"));

  private static final Map<String, String> MODULES = Map.ofEntries(
      Map.entry("torch", "pytorch"), Map.entry("torchvision", "pytorch"), Map.entry("torchaudio", "pytorch"),
      Map.entry("torchtext", "pytorch"), Map.entry("pytorch_lightning", "pytorch"), Map.entry("fairseq", "pytorch"),
      Map.entry("allennlp", "pytorch"), Map.entry("torch_geometric", "pytorch"),
      Map.entry("tensorflow", "tensorflow"), Map.entry("tensor2tensor", "tensorflow"), Map.entry("sonnet", "tensorflow"),
      Map.entry("tflearn", "tensorflow"),
      Map.entry("jax", "jax"), Map.entry("jaxlib", "jax"), Map.entry("flax", "jax"), Map.entry("optax", "jax"),
      Map.entry("haiku", "jax"), Map.entry("objax", "jax"), Map.entry("equinox", "jax"),
      Map.entry("keras", "keras"),
      Map.entry("mxnet", "mxnet"), Map.entry("gluoncv", "mxnet"), Map.entry("gluonnlp", "mxnet"),
      Map.entry("paddle", "paddlepaddle"), Map.entry("mindspore", "mindspore"));

  private PackageFrameworks() {}

  /**
   * The framework of a distribution name, compared as PEP 503 normalizes names ({@code Tensorflow_GPU} is
   * {@code tensorflow-gpu}); CUDA builds ({@code mxnet-cu112}, {@code paddlepaddle-gpu}) are their framework's.
   */
  public static Optional<String> ofDistribution(String name) {
    String n = normalize(name);
    String fw = DISTRIBUTIONS.get(n);
    if (fw == null && n.startsWith("mxnet-cu")) {
      fw = "mxnet";
    }
    return Optional.ofNullable(fw);
  }

  /** The framework of a top-level module ({@code torch} of {@code torch.nn}). */
  public static Optional<String> ofModule(String module) {
    int dot = module.indexOf('.');
    return Optional.ofNullable(MODULES.get(dot < 0 ? module : module.substring(0, dot)));
  }

  /** PEP 503: lower case, runs of {@code -_.} as one {@code -}. */
  public static String normalize(String name) {
    return name.trim().toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
  }
}
