package dev.framewatch.demosite.story;

import java.util.Random;

/** Word pools the generators draw names and titles from: plain ASCII, so every font and format can carry them. */
public final class Words {
  public static final String[] FIRST = {"Mira", "Tobias", "Wei", "Priya", "Yuki", "Kwame", "Lena", "Omar", "Sofia", "Jonas",
    "Ana", "Ravi", "Chen", "Fatima", "Lucas", "Ines", "Hiro", "Nadia", "Pedro", "Elif", "Arjun", "Maya", "Ivan", "Zoe"};
  public static final String[] LAST = {"Okafor", "Lindqvist", "Chen", "Raman", "Tanaka", "Mensah", "Hofmann", "Haddad",
    "Rossi", "Berg", "Silva", "Kumar", "Li", "Nasser", "Moreau", "Costa", "Sato", "Petrova", "Alves", "Yilmaz", "Iyer", "Cohen",
    "Novak", "Wright"};
  public static final String[] ADJECTIVES = {"Sparse", "Efficient", "Robust", "Scalable", "Self-Supervised", "Contrastive",
    "Adaptive", "Hierarchical", "Lightweight", "Federated", "Causal", "Multimodal", "Implicit", "Equivariant", "Generative"};
  public static final String[] METHODS = {"Transformers", "Diffusion Models", "Graph Networks", "Attention", "Autoencoders",
    "Distillation", "Pretraining", "Optimizers", "Tokenizers", "Retrieval", "Memory Networks", "Mixture of Experts"};
  public static final String[] VISION_TASKS = {"Depth Estimation", "Object Detection", "Video Segmentation",
    "3D Reconstruction", "Image Synthesis", "Pose Estimation", "Scene Understanding", "Optical Flow"};
  public static final String[] LANGUAGE_TASKS = {"Machine Translation", "Question Answering", "Summarization", "Dialogue",
    "Named Entity Recognition", "Code Generation", "Reading Comprehension", "Speech Recognition"};
  public static final String[] LEARNING_TASKS = {"Reinforcement Learning", "Few-Shot Learning", "Continual Learning",
    "Time Series Forecasting", "Tabular Data", "Bayesian Inference", "Neural Architecture Search"};

  private Words() {}

  public static String pick(Random random, String[] pool) {
    return pool[random.nextInt(pool.length)];
  }

  public static String person(Random random) {
    return pick(random, FIRST) + " " + pick(random, LAST);
  }
}
