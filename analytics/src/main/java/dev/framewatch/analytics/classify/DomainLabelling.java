package dev.framewatch.analytics.classify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Domains for the index's papers, jobs and models: those the rules (venue, arXiv category, pipeline tag) give none, or with
 * {@code all} every one that has text.
 */
final class DomainLabelling extends IndexLabelling {
  private final boolean all;

  DomainLabelling(Path indexDir, ModelStore.Stored stored, boolean all) {
    super(indexDir, stored, ClassifyTask.DOMAIN);
    this.all = all;
  }

  @Override
  public ApplySummary run(LabelSink sink, WorkProgress progress) {
    progress.start(IndexCorpus.size(indexDir));
    Map<String, Map<String, Integer>> byKind = new TreeMap<>();
    int[] labelled = {0};
    long[] visited = {0};
    // Batches of documents, not the whole index: the sentence encoder wants batches, and memory stays flat.
    List<CorpusDocument> batch = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    Runnable flushBatch = () -> {
      List<Prediction> predicted = stored.classifier().predict(texts);
      for (int i = 0; i < batch.size(); i++) {
        CorpusDocument doc = batch.get(i);
        Prediction p = predicted.get(i);
        sink.publish(withLabel(doc, ClassifyTask.DOMAIN.id(), label(p.label(), p.confidence())));
        byKind.computeIfAbsent(doc.record().kind().wireName(), k -> new TreeMap<>()).merge(p.label(), 1, Integer::sum);
      }
      labelled[0] += batch.size();
      batch.clear();
      texts.clear();
    };
    IndexCorpus.forEach(indexDir, doc -> {
      Optional<String> text = DomainText.of(doc.record());
      if (text.isPresent() && (all || !doc.hasRuleDomain())) {
        batch.add(doc);
        texts.add(text.get());
        if (batch.size() == ClassifierTraining.ENCODER_BATCH) {
          flushBatch.run();
        }
      }
      progress.advanceTo(++visited[0]);
    });
    flushBatch.run();
    sink.flush();
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    byKind.forEach((kind, domains) -> counts.put(kind, Collections.unmodifiableMap(domains)));
    return new ApplySummary(labelled[0], model(), version(), counts);
  }
}
