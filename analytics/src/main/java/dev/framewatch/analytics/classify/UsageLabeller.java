package dev.framewatch.analytics.classify;

import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Job;
import dev.framewatch.core.record.Paper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Usage verdicts for a document: each framework the method finds in its text is {@code use} when any sentence naming it is
 * classified as use, else {@code mention}. The value is the {@code usage} label that {@link FrameworkDetector} reads under
 * {@code usage-classifier = decides}: {@code pytorch:use,tensorflow:mention}. Hugging Face models are left out: their
 * frameworks come from the hub's tags, which are usage by construction.
 */
public final class UsageLabeller {
  /** A document's verdicts and the confidence of the least certain one. */
  public record Verdict(String value, double confidence) {}

  private final FrameworkDetector detector;
  private final Function<List<String>, List<Prediction>> classify;

  public UsageLabeller(FrameworkDetector detector, Function<List<String>, List<Prediction>> classify) {
    this.detector = detector;
    this.classify = classify;
  }

  /** The rules baseline as a classifier. */
  public static Function<List<String>, List<Prediction>> rules() {
    return sentences -> sentences.stream().map(s -> new Prediction(UsageRules.decide(s), 1.0)).toList();
  }

  /** A paper's abstract and full text, a job's title and description: where usage is stated. */
  public static Optional<String> documentText(EvidenceRecord record) {
    String text = null;
    if (record instanceof Paper p) {
      text = String.join("\n", nonNull(p.title()), nonNull(p.abstractText()), nonNull(p.text()));
    } else if (record instanceof Job j) {
      text = String.join("\n", nonNull(j.title()), nonNull(j.text()));
    }
    return Optional.ofNullable(text).filter(t -> !t.isBlank());
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  /** Sentences of the document that name a framework, with the frameworks each names. */
  public Map<String, List<String>> sentencesByFramework(EvidenceRecord record) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    Optional<String> text = documentText(record);
    if (text.isEmpty()) {
      return out;
    }
    for (String sentence : UsageText.sentences(text.get())) {
      for (String fw : detector.matchText(sentence)) {
        out.computeIfAbsent(fw, k -> new ArrayList<>()).add(sentence);
      }
    }
    return out;
  }

  public Optional<Verdict> verdict(EvidenceRecord record) {
    Map<String, List<String>> byFramework = sentencesByFramework(record);
    if (byFramework.isEmpty()) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    double least = 1;
    for (Map.Entry<String, List<String>> e : byFramework.entrySet()) {
      List<Prediction> p = classify.apply(e.getValue().stream().map(UsageText::masked).toList());
      double use = 0;
      for (Prediction x : p) {
        use = Math.max(use, x.label().equals(UsageRules.USE) ? x.confidence() : 1 - x.confidence());
      }
      boolean used = use >= 0.5;
      parts.add(e.getKey() + ":" + (used ? UsageRules.USE : UsageRules.MENTION));
      least = Math.min(least, used ? use : 1 - use);
    }
    return Optional.of(new Verdict(String.join(",", parts), least));
  }

  /** Weak labels for training: corpus sentences naming a framework where a strong cue decides (most get none). */
  public List<LabelledText> weakLabels(List<CorpusDocument> corpus) {
    java.util.Set<LabelledText> out = new java.util.LinkedHashSet<>(); // a sentence naming two frameworks counts once
    for (CorpusDocument d : corpus) {
      out.addAll(weakLabels(d.record()));
    }
    return List.copyOf(out);
  }

  /** The record's sentences that name a framework right after a strong cue, masked, with the cue's verdict. */
  public List<LabelledText> weakLabels(EvidenceRecord record) {
    List<LabelledText> out = new java.util.ArrayList<>();
    for (List<String> sentences : sentencesByFramework(record).values()) {
      for (String s : sentences) {
        String masked = UsageText.masked(s);
        UsageRules.strong(masked).ifPresent(label -> out.add(new LabelledText(masked, label)));
      }
    }
    return out;
  }
}
