package dev.framewatch.analytics.classify;

import java.util.List;
import java.util.Locale;

/** What a classifier decides: a document's domain, or whether a sentence uses or only mentions a framework. */
public enum ClassifyTask {
  DOMAIN("domain", Domains.ALL),
  USAGE("usage", List.of(UsageRules.USE, UsageRules.MENTION));

  private final String id;
  private final List<String> classes;

  ClassifyTask(String id, List<String> classes) {
    this.id = id;
    this.classes = classes;
  }

  public String id() {
    return id;
  }

  public List<String> classes() {
    return classes;
  }

  public static ClassifyTask parse(String s) {
    for (ClassifyTask t : values()) {
      if (t.id.equals(s == null ? "" : s.toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown task " + s + " (expected domain or usage)");
  }

  /** The text the model reads: as given for domains; framework names masked for usage. */
  public String prepare(String text) {
    return this == USAGE ? UsageText.masked(text) : text;
  }

  public List<LabelledText> prepare(List<LabelledText> examples) {
    return this == USAGE ? examples.stream().map(e -> new LabelledText(prepare(e.text()), e.label())).toList() : examples;
  }
}
