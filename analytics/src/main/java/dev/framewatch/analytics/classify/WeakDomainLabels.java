package dev.framewatch.analytics.classify;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Job;
import dev.framewatch.core.record.Model;
import dev.framewatch.core.record.Paper;
import dev.framewatch.core.vocabulary.Vocabulary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The domain a record already carries, for training without hand labels: a single-domain venue (vocabulary.conf), an arXiv
 * primary category, a Hugging Face pipeline tag (vocabulary.conf, plus the tags of weak-labels.conf that only training uses), a
 * job title naming a field (weak-labels.conf). Papers of general venues and most job ads carry none: they are what the
 * classifier is for.
 */
public final class WeakDomainLabels {
  /** Where a weak label came from, for the training summary. */
  public record WeakLabel(String domain, String source) {}

  private final Vocabulary vocabulary;
  private final Map<String, String> arxivCategories;
  private final Map<String, String> pipelineTags;
  private final List<JobTitleRule> jobTitles;

  /** Job titles containing any of {@code words} (lower case) are about {@code domain}. */
  public record JobTitleRule(String domain, List<String> words) {
    public JobTitleRule {
      words = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }
  }

  public WeakDomainLabels(Vocabulary vocabulary, Map<String, String> arxivCategories, Map<String, String> pipelineTags,
      List<JobTitleRule> jobTitles) {
    this.vocabulary = vocabulary;
    this.arxivCategories = Map.copyOf(arxivCategories);
    this.pipelineTags = Map.copyOf(pipelineTags);
    this.jobTitles = List.copyOf(jobTitles);
  }

  public static WeakDomainLabels standard() {
    Config c = ConfigFactory.parseResources(WeakDomainLabels.class.getClassLoader(), "framewatch/weak-labels.conf").resolve();
    List<JobTitleRule> titles = c.getConfigList("job-titles").stream()
        .map(t -> new JobTitleRule(t.getString("domain"), t.getStringList("words"))).toList();
    return new WeakDomainLabels(Vocabulary.standard(), flat(c.getConfig("arxiv-categories")),
        flat(c.getConfig("pipeline-tags")), titles);
  }

  private static Map<String, String> flat(Config c) {
    Map<String, String> out = new LinkedHashMap<>();
    c.root().forEach((k, v) -> out.put(k, String.valueOf(v.unwrapped())));
    return out;
  }

  public Optional<WeakLabel> of(EvidenceRecord record) {
    if (record instanceof Paper p) {
      Optional<String> venue = vocabulary.domainOfVenue(vocabulary.normalizeVenue(p.venue()));
      if (venue.isPresent()) {
        return venue.map(d -> new WeakLabel(d, "venue"));
      }
      var primary = p.extra().get("primary_category");
      if (primary != null && primary.isTextual()) {
        return Optional.ofNullable(arxivCategories.get(primary.asText())).map(d -> new WeakLabel(d, "arxiv-category"));
      }
    } else if (record instanceof Job j && j.title() != null) {
      String title = j.title().toLowerCase(Locale.ROOT);
      for (JobTitleRule rule : jobTitles) {
        if (rule.words().stream().anyMatch(title::contains)) {
          return Optional.of(new WeakLabel(rule.domain(), "job-title"));
        }
      }
    } else if (record instanceof Model m && m.pipelineTag() != null) {
      String tag = m.pipelineTag().toLowerCase(Locale.ROOT);
      return vocabulary.domainOfPipeline(tag).or(() -> Optional.ofNullable(pipelineTags.get(tag)))
          .map(d -> new WeakLabel(d, "pipeline-tag"));
    }
    return Optional.empty();
  }

  /** A weakly labelled text and the kind of evidence its label came from. */
  public record Example(LabelledText text, String source) {}

  /** The record's text under its weak label, when it has both (a label without a text teaches nothing). */
  public Optional<Example> example(EvidenceRecord record) {
    return of(record).flatMap(label -> DomainText.of(record)
        .map(text -> new Example(new LabelledText(text, label.domain()), label.source())));
  }
}
