package dev.framewatch.analytics.classify;

import java.util.List;

/** The domain classes, as the index's {@code domain} field and config/vocabulary.conf name them. */
public final class Domains {
  public static final List<String> ALL = List.of("vision", "language", "speech", "rl-robotics", "multimodal", "other");

  private Domains() {}
}
