package dev.framewatch.ingest.huggingface;

import com.typesafe.config.Config;
import dev.framewatch.core.settings.SettingsProblems;
import java.util.List;
import java.util.Objects;

/**
 * What to crawl on the Hub.
 *
 * @param baseUrl {@code sources.huggingface.base-url}, e.g. {@code https://huggingface.co}
 * @param libraries {@code sources.huggingface.libraries}: one listing per library; empty = one unfiltered listing
 * @param pageSize {@code sources.huggingface.page-size}, 1 to 1000
 * @param maxModels {@code sources.huggingface.max-models} per listing; 0 = no limit
 */
public record HuggingFaceOptions(String baseUrl, List<String> libraries, int pageSize, int maxModels) {
  public HuggingFaceOptions {
    Objects.requireNonNull(baseUrl, "baseUrl");
    if (baseUrl.isBlank()) {
      throw new IllegalArgumentException("sources.huggingface.base-url must not be empty");
    }
    baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    libraries = List.copyOf(libraries);
    if (pageSize < 1 || pageSize > 1000) {
      throw new IllegalArgumentException("page size must be between 1 and 1000, got " + pageSize);
    }
    if (maxModels < 0) {
      throw new IllegalArgumentException("max models must not be negative, got " + maxModels);
    }
  }

  /** Reads {@code sources.huggingface.*}: {@code keys} holds the keys under {@code sources.huggingface}. */
  public static HuggingFaceOptions from(Config keys) {
    return new HuggingFaceOptions(keys.getString("base-url"), keys.getStringList("libraries"), keys.getInt("page-size"),
        keys.getInt("max-models"));
  }

  /** What a configuration must get right before anything runs. */
  public static void check(SettingsProblems keys) {
    Config c = keys.config();
    keys.check("page-size", () -> c.getInt("page-size") >= 1 && c.getInt("page-size") <= 1000 ? null
        : "must be between 1 and 1000");
    keys.check("max-models", () -> c.getInt("max-models") >= 0 ? null : "must not be negative");
    keys.check("libraries", () -> c.getStringList("libraries") == null ? "" : null);
  }
}
