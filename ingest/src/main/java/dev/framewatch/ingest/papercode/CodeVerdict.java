package dev.framewatch.ingest.papercode;

import java.util.List;

/**
 * What a repository's own files say it runs on.
 *
 * @param frameworks in the vocabulary's order; empty when nothing names one (or the repository is gone)
 * @param basis where they come from: {@code dependencies} (declared in a dependency file), {@code imports} (no dependency
 *     file names one; the top-level {@code .py} or {@code .ipynb} files import it), {@code none} (neither), {@code missing}
 *     (the repository answered 404: deleted, renamed away or private)
 */
public record CodeVerdict(String repo, List<String> frameworks, String basis) {
  public static final String DEPENDENCIES = "dependencies";
  public static final String IMPORTS = "imports";
  public static final String NONE = "none";
  public static final String MISSING = "missing";

  public CodeVerdict {
    frameworks = List.copyOf(frameworks);
  }

  /** How the verdict is kept beside the listing's ETag: {@code basis|pytorch,jax}. */
  String format() {
    return basis + "|" + String.join(",", frameworks);
  }

  /** The verdict kept by {@link #format}, or null when {@code meta} is not one (kept by an older version). */
  static CodeVerdict parse(String repo, String meta) {
    if (meta == null) {
      return null;
    }
    int bar = meta.indexOf('|');
    if (bar <= 0) {
      return null;
    }
    String list = meta.substring(bar + 1);
    return new CodeVerdict(repo, list.isEmpty() ? List.of() : List.of(list.split(",")), meta.substring(0, bar));
  }
}
