package dev.framewatch.analytics.classify;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Job;
import dev.framewatch.core.record.Model;
import dev.framewatch.core.record.Paper;
import dev.framewatch.core.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The domain a record already carries, for training without hand labels: a single-domain venue (vocabulary.conf), an
 * OpenReview primary area or keywords, an arXiv primary category or a venue its comment names ({@link PaperDomainEvidence}),
 * a Hugging Face pipeline tag (vocabulary.conf, plus the tags of weak-labels.conf that only training uses), a
 * job title naming a field (weak-labels.conf). Papers of general venues and most job ads carry none: they are what the
 * classifier is for.
 */
public final class WeakDomainLabels {
  /** Where a weak label came from, for the training summary. */
  public record WeakLabel(String domain, String source) {}

  private final Vocabulary vocabulary;
  private final PaperDomainEvidence paperEvidence;
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
    this(vocabulary, new PaperDomainEvidence(Map.of(), List.of(), arxivCategories, vocabulary, List.of()), pipelineTags,
        jobTitles);
  }

  WeakDomainLabels(Vocabulary vocabulary, PaperDomainEvidence paperEvidence, Map<String, String> pipelineTags,
      List<JobTitleRule> jobTitles) {
    this.vocabulary = vocabulary;
    this.paperEvidence = paperEvidence;
    this.pipelineTags = Map.copyOf(pipelineTags);
    this.jobTitles = List.copyOf(jobTitles);
  }

  public static WeakDomainLabels standard() {
    Config c = ConfigFactory.parseResources(WeakDomainLabels.class.getClassLoader(), "framewatch/weak-labels.conf").resolve();
    List<JobTitleRule> titles = c.getConfigList("job-titles").stream()
        .map(t -> new JobTitleRule(t.getString("domain"), t.getStringList("words"))).toList();
    Vocabulary vocabulary = Vocabulary.standard();
    return new WeakDomainLabels(vocabulary, PaperDomainEvidence.from(c, vocabulary), flat(c.getConfig("pipeline-tags")),
        titles);
  }

  static Map<String, String> flat(Config c) {
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
      return paperEvidence.of(p);
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

  /**
   * The weakly labelled texts of a corpus, how many came from each kind of evidence, and of those how many of each class
   * (source, then class in {@link Domains#ALL} order), for the training summary.
   */
  public record Labelled(List<LabelledText> texts, Map<String, Integer> bySource,
      Map<String, Map<String, Integer>> classesBySource) {
    public Labelled(List<LabelledText> texts, Map<String, Integer> bySource) {
      this(texts, bySource, Map.of());
    }
  }

  public Labelled label(List<CorpusDocument> corpus) {
    List<LabelledText> texts = new ArrayList<>();
    Tally tally = new Tally();
    for (CorpusDocument d : corpus) {
      example(d.record()).ifPresent(e -> {
        texts.add(e.text());
        tally.add(e);
      });
    }
    return new Labelled(List.copyOf(texts), tally.bySource(), tally.classesBySource());
  }

  /** A weakly labelled text and the kind of evidence its label came from. */
  public record Example(LabelledText text, String source) {}

  /** The record's text under its weak label, when it has both (a label without a text teaches nothing). */
  public Optional<Example> example(EvidenceRecord record) {
    return of(record).flatMap(label -> DomainText.of(record)
        .map(text -> new Example(new LabelledText(text, label.domain()), label.source())));
  }

  /** How many weak labels each kind of evidence gave, and of each class, as examples stream past (before any cap). */
  public static final class Tally {
    private final Map<String, Integer> bySource = new TreeMap<>(); // sorted, for stable output
    private final Map<String, Map<String, Integer>> classesBySource = new TreeMap<>();

    public void add(Example e) {
      bySource.merge(e.source(), 1, Integer::sum);
      classesBySource.computeIfAbsent(e.source(), s -> new TreeMap<>(
          java.util.Comparator.comparingInt(WeakDomainLabels::domainOrder).thenComparing(c -> c)))
          .merge(e.text().label(), 1, Integer::sum);
    }

    public Map<String, Integer> bySource() {
      return java.util.Collections.unmodifiableMap(new TreeMap<>(bySource));
    }

    /** Source, then class in {@link Domains#ALL} order. */
    public Map<String, Map<String, Integer>> classesBySource() {
      Map<String, Map<String, Integer>> frozen = new LinkedHashMap<>();
      classesBySource.forEach((s, m) -> frozen.put(s, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m))));
      return java.util.Collections.unmodifiableMap(frozen);
    }
  }

  private static int domainOrder(String domain) {
    int i = Domains.ALL.indexOf(domain);
    return i < 0 ? Domains.ALL.size() : i;
  }
}
