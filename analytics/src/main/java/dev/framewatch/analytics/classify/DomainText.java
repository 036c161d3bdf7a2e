package dev.framewatch.analytics.classify;

import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Job;
import dev.framewatch.core.record.Model;
import dev.framewatch.core.record.Paper;
import java.util.Optional;

/**
 * The text a domain classifier reads for a record: a paper's title and abstract (the start of its full text when it has no
 * abstract), a job's title and description, a model's id split into words and its tags. A model's pipeline tag is left out:
 * it is the weak label, and a classifier that reads its label learns nothing.
 */
public final class DomainText {
  /** Full texts run to 50k characters; the domain shows in the first few hundred words, and the encoder reads at most 512 tokens. */
  static final int MAX_CHARS = 4_000;

  private DomainText() {}

  public static Optional<String> of(EvidenceRecord record) {
    String text = null;
    if (record instanceof Paper p) {
      text = join(p.title(), p.abstractText() != null && !p.abstractText().isBlank() ? p.abstractText() : p.text());
    } else if (record instanceof Job j) {
      text = join(j.title(), j.text());
    } else if (record instanceof Model m) {
      text = join(m.modelId().replaceAll("[/_\\-.]+", " "), String.join(" ", m.tags().stream()
          .filter(t -> !t.equals(m.pipelineTag()) && !t.contains(":")).toList()));
    }
    return Optional.ofNullable(text).filter(t -> !t.isBlank());
  }

  private static String join(String a, String b) {
    String s = (a == null ? "" : a) + (b == null || b.isBlank() ? "" : ". " + b);
    return s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) : s;
  }
}
