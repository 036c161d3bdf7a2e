package dev.framewatch.bench;

import ai.djl.Device;
import dev.framewatch.analytics.classify.ClassifierTraining;
import dev.framewatch.analytics.classify.Domains;
import dev.framewatch.analytics.classify.HoldoutSplit;
import dev.framewatch.analytics.classify.LabelledText;
import dev.framewatch.analytics.classify.LabelledTexts;
import dev.framewatch.analytics.classify.ModelComparison;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.demosite.DemoCorpus;
import dev.framewatch.demosite.papers.DemoPaper;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code bench classify}'s candidates: every domain model kind trained on earlier years and scored on later ones, side by side
 * with naive Bayes and logistic regression over the same words: macro-F1 and documents per second on this machine (held-out
 * texts classified with featurizing and encoding included, one thread for the word models, ONNX Runtime's own threads for
 * the encoders). Runs on the demo corpus's papers by default (train up to {@link #LAST_TRAIN_YEAR}, test after), so it needs
 * no data; {@code --train}/{@code --test} JSON-lines files give the real evaluation.
 */
public final class CandidateBenchmark {
  /** The demo split: papers of this year and before are trained on, later ones held out. */
  static final int LAST_TRAIN_YEAR = 2021;

  /** One candidate's row. */
  public record Row(String kind, double macroF1, double accuracy, double docsPerSecond, double trainSeconds, String engine,
      String trainedBy) {}

  /** The rows, with what they were measured on. */
  public record Table(String data, int trainTexts, int testTexts, List<Row> rows) {
    /** Side by side, with each candidate's macro-F1 against naive Bayes ({@code nb}) when it ran. */
    public String render() {
      Optional<Row> nb = rows.stream().filter(r -> r.kind().equals("nb")).findFirst();
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "%ncandidates (%s: train %,d texts, test %,d later texts)%n", data, trainTexts,
          testTexts));
      sb.append(String.format(Locale.ROOT, "%-11s %9s %9s %10s %9s  %s%n", "model", "macro-F1", "vs nb", "docs/s", "train s",
          "engine (head trained by)"));
      for (Row r : rows) {
        sb.append(String.format(Locale.ROOT, "%-11s %9.4f %9s %10.1f %9.1f  %s (%s)%n", r.kind(), r.macroF1(),
            nb.map(n -> String.format(Locale.ROOT, "%+.4f", r.macroF1() - n.macroF1())).orElse("-"), r.docsPerSecond(),
            r.trainSeconds(), r.engine(), r.trainedBy()));
      }
      return sb.toString();
    }
  }

  private final List<String> kinds;
  private final Path train;
  private final Path test;
  private final PrintStream progress;

  /** @param train and {@code test}: JSON-lines files, both or neither (then the demo corpus's papers) */
  public CandidateBenchmark(List<String> kinds, Path train, Path test, PrintStream progress) {
    if ((train == null) != (test == null)) {
      throw new IllegalArgumentException("--train and --test go together");
    }
    this.kinds = List.copyOf(kinds);
    this.train = train;
    this.test = test;
    this.progress = progress;
  }

  public Table run() {
    HoldoutSplit split = train == null ? demoSplit()
        : new HoldoutSplit(LabelledTexts.read(train, Domains.ALL), LabelledTexts.read(test, Domains.ALL));
    String data = train == null ? "demo corpus papers, years <= " + LAST_TRAIN_YEAR + " vs later" : train + " vs " + test;
    ClassifierTraining training = new ClassifierTraining(Device.cpu());
    List<Row> rows = new ArrayList<>();
    for (String kind : kinds) {
      progress.printf(Locale.ROOT, "bench classify: candidate %s...%n", kind);
      ModelComparison.Result r = ModelComparison.run(training, List.of(kind), split, Domains.ALL, n -> {});
      ModelComparison.Candidate c = r.winner();
      try (var classifier = c.classifier()) {
        rows.add(new Row(kind, c.evaluation().macroF1(), c.evaluation().accuracy(), c.docsPerSecond(), c.trainSeconds(),
            classifier.engine(), ClassifierTraining.trainingEngine(kind)));
      }
    }
    return new Table(data, split.train().size(), split.heldOut().size(), List.copyOf(rows));
  }

  /** The demo corpus's papers of single-domain venues, title and abstract, labelled by venue, split by year. */
  static HoldoutSplit demoSplit() {
    Vocabulary vocabulary = Vocabulary.standard();
    List<LabelledText> before = new ArrayList<>();
    List<LabelledText> after = new ArrayList<>();
    for (DemoPaper p : DemoCorpus.standard().papers()) {
      Optional<String> domain = vocabulary.domainOfVenue(p.venue());
      if (domain.isEmpty() || p.abstractText() == null) {
        continue;
      }
      (p.year() <= LAST_TRAIN_YEAR ? before : after).add(new LabelledText(p.title() + ". " + p.abstractText(), domain.get()));
    }
    return new HoldoutSplit(List.copyOf(before), List.copyOf(after));
  }
}
